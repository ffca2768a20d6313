import common from '../common/sv';
import errors from '../errors/sv';
import popup from '../popup/sv';
import ui from '../ui/sv';

/** What the toolbar popup says, and nothing else: it opens on every click, so it parses no more than it shows. */
export default { ...common, ...popup, ...ui, ...errors };
