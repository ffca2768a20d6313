import type english from './catalogues/en';
import type { Language } from './languages';

/** A key of the catalogues: a key no catalogue has is a compile error wherever it is used. */
export type MessageKey = keyof typeof english;
export type Messages = Record<MessageKey, string>;

/** Each language's catalogue is its own chunk, so a page downloads and parses only the one it shows. */
const loaders: Record<Language, () => Promise<{ default: Messages }>> = {
  en: () => import('./catalogues/en'),
  nb: () => import('./catalogues/nb'),
  sv: () => import('./catalogues/sv'),
  da: () => import('./catalogues/da'),
  nl: () => import('./catalogues/nl'),
  es: () => import('./catalogues/es'),
};

/**
 * The popup's features only (common, popup, ui, errors): a fifth of the whole. Its code asks for no
 * other key; one it did would show as the key itself (see `translator`).
 */
const popupLoaders: Record<Language, () => Promise<{ default: Partial<Messages> }>> = {
  en: () => import('./catalogues/popup-set/en'),
  nb: () => import('./catalogues/popup-set/nb'),
  sv: () => import('./catalogues/popup-set/sv'),
  da: () => import('./catalogues/popup-set/da'),
  nl: () => import('./catalogues/popup-set/nl'),
  es: () => import('./catalogues/popup-set/es'),
};

export type MessageSet = 'all' | 'popup';

export async function loadMessages(language: Language, set: MessageSet = 'all'): Promise<Messages> {
  if (set === 'popup') return (await popupLoaders[language]()).default as Messages;
  return (await loaders[language]()).default;
}
