import common from '../common/es';
import errors from '../errors/es';
import popup from '../popup/es';
import ui from '../ui/es';

/** What the toolbar popup says, and nothing else: it opens on every click, so it parses no more than it shows. */
export default { ...common, ...popup, ...ui, ...errors };
