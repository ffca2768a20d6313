import common from '../common/nb';
import errors from '../errors/nb';
import popup from '../popup/nb';
import ui from '../ui/nb';

/** What the toolbar popup says, and nothing else: it opens on every click, so it parses no more than it shows. */
export default { ...common, ...popup, ...ui, ...errors };
