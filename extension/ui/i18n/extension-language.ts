import type { Language } from '../../../shared/i18n/languages';
import type { MessageSet } from '../../../shared/i18n/messages';
import { languageItem } from '../../settings/settings';
import { browserLanguage, startLanguage } from './use-i18n';

/**
 * Starts the extension's language (the user's pick, else the browser's) and follows later picks, so
 * an open popup, options page or sidebar switches when the user changes it in the dashboard.
 */
export async function startExtensionLanguage(root?: HTMLElement, set?: MessageSet): Promise<void> {
  const chosen = (language: Language | null) => language ?? browserLanguage();
  await startLanguage(chosen(await languageItem.getValue()), root, set);
  languageItem.watch((language) => void startLanguage(chosen(language), root, set));
}
