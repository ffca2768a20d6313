import { render } from 'preact';
import { openFjordDb } from '../db/fjord-db';
import { startExtensionLanguage } from '../ui/i18n/extension-language';
import { OptionsPage } from './options-page';

export async function mountOptions(root: HTMLElement) {
  await startExtensionLanguage();
  render(<OptionsPage db={openFjordDb()} />, root);
}
