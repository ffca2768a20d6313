import { render } from 'preact';
import { openFjordDb } from '../db/fjord-db';
import { QuickAdd } from './quick-add';

export function mountPopup(root: HTMLElement, tabId: number | undefined) {
  render(<QuickAdd db={openFjordDb()} tabId={tabId} />, root);
}
