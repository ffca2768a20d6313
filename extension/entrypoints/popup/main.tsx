import { pageHtml, requestedTabId } from '../../capture/page-html';
import { parseWithoutEval } from '../../ui/zod-without-eval';
import '../../ui/base.css';
import '../../popup/popup.css';

// Ask the page for its HTML first, then load the UI: the round trip to the tab overlaps with
// loading and compiling the popup's code (the popup-open budget is 150 ms).
const tabId = requestedTabId();
void pageHtml(tabId).catch(() => undefined);
// Before any schema exists (the extension's policy forbids eval): the UI is imported after this.
parseWithoutEval();
// The language (a storage read and its catalogue) loads beside the UI's code, not after it.
const language = import('../../ui/i18n/extension-language').then((m) => m.startExtensionLanguage(undefined, 'popup'));
void Promise.all([import('../../popup/mount-popup'), language]).then(([{ mountPopup }]) =>
  mountPopup(document.getElementById('app')!, tabId),
);
