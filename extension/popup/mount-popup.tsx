import { render } from 'preact';
import { captureTab } from '../capture/capture-tab';
import { openFjordDb } from '../db/fjord-db';
import { startExtensionLanguage } from '../ui/i18n/extension-language';
import { QuickAdd } from './quick-add';

export async function mountPopup(root: HTMLElement, tabId: number | undefined) {
  // Parse the page before the first render, not in an effect after it (effects wait for a frame);
  // the language loads meanwhile.
  const capture = captureTab(tabId);
  await startExtensionLanguage();
  render(<QuickAdd db={openFjordDb()} capture={capture} />, root);
}
