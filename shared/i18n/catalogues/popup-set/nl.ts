import common from '../common/nl';
import errors from '../errors/nl';
import popup from '../popup/nl';
import ui from '../ui/nl';

/** What the toolbar popup says, and nothing else: it opens on every click, so it parses no more than it shows. */
export default { ...common, ...popup, ...ui, ...errors };
