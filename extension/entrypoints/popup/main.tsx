import { pageHtml, requestedTabId } from '../../capture/page-html';
import '../../ui/base.css';
import '../../popup/popup.css';

// Ask the page for its HTML first, then load the UI: the round trip to the tab overlaps with
// loading and compiling the popup's code (the popup-open budget is 150 ms).
const tabId = requestedTabId();
void pageHtml(tabId).catch(() => undefined);
void import('../../popup/mount-popup').then(({ mountPopup }) => mountPopup(document.getElementById('app')!, tabId));
