import { render } from 'preact';
import { captureTab } from '../capture/capture-tab';
import { openFjordDb } from '../db/fjord-db';
import { QuickAdd } from './quick-add';

/** Called once the language is loaded (the entry starts both at once). */
export function mountPopup(root: HTMLElement, tabId: number | undefined) {
  // Parse the page before the first render, not in an effect after it (effects wait for a frame).
  const capture = captureTab(tabId);
  render(<QuickAdd db={openFjordDb()} capture={capture} />, root);
}
