import common from '../common/en';
import errors from '../errors/en';
import popup from '../popup/en';
import ui from '../ui/en';

/** What the toolbar popup says, and nothing else: it opens on every click, so it parses no more than it shows. */
export default { ...common, ...popup, ...ui, ...errors };
