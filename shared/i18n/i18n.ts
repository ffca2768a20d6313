import { formatsFor, type Formats } from './formats';
import type { Language } from './languages';
import { loadMessages, type MessageSet } from './messages';
import { translator, type Translate } from './translator';

/** One language's text and formats: what a screen, an e-mail or an error message is written with. */
export type I18n = { language: Language; t: Translate; f: Formats };

export async function loadI18n(language: Language, set: MessageSet = 'all'): Promise<I18n> {
  const messages = await loadMessages(language, set);
  return { language, t: translator(language, messages), f: formatsFor(language) };
}
