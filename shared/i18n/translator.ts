import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALES, type Language } from './languages';
import type { MessageKey, Messages } from './messages';

export type MessageValues = Record<string, string | number | Date | null | undefined>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * Turns keys into text in one language. Messages are ICU (`{count, plural, one {# kunde} other
 * {# kunder}}`), parsed once per key on first use; a message with no placeholders is returned as is.
 */
export function translator(language: Language, messages: Messages): Translate {
  const locale = LOCALES[language];
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  return (key, values) => {
    // A key outside a partial set (the popup's) reads as itself rather than breaking the screen.
    const source = messages[key] ?? key;
    if (!values && !source.includes('{')) return source;
    let format = compiled.get(key);
    if (!format) {
      format = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
      compiled.set(key, format);
    }
    return String(format.format(values));
  };
}
