import common from '../common/da';
import errors from '../errors/da';
import popup from '../popup/da';
import ui from '../ui/da';

/** What the toolbar popup says, and nothing else: it opens on every click, so it parses no more than it shows. */
export default { ...common, ...popup, ...ui, ...errors };
