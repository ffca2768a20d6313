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

export async function loadMessages(language: Language): Promise<Messages> {
  return (await loaders[language]()).default;
}
