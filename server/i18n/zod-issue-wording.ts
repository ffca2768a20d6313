import { z } from 'zod';
import english from '../../shared/i18n/catalogues/errors/en';
import type { Language } from '../../shared/i18n/languages';
import type { ErrorKey } from '../../shared/mutations/error-text';
import type { Wording } from './wording';

type LocaleError = (issue: z.core.$ZodRawIssue) => string | undefined;

/** zod's own messages in each language but English, whose messages are the ones zod already wrote. */
const ZOD_LOCALES: Record<Exclude<Language, 'en'>, LocaleError> = {
  nb: z.locales.no().localeError as LocaleError,
  sv: z.locales.sv().localeError as LocaleError,
  da: z.locales.da().localeError as LocaleError,
  nl: z.locales.nl().localeError as LocaleError,
  es: z.locales.es().localeError as LocaleError,
};

const isErrorKey = (message: string): message is ErrorKey => Object.hasOwn(english, message);

/** The value an issue is about: zod's finished issues drop it, and "received string" needs it. */
function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const step of path) value = value !== null && typeof value === 'object' ? (value as never)[step] : undefined;
  return value;
}

/**
 * An issue's message in the reader's language. A schema's own message is an errors key; any other
 * is zod's English, worded again by zod's locale for the language from the issue and the value
 * it was about (`input`, the value the schema parsed).
 */
export function zodIssueWording(issue: z.core.$ZodIssue, input: unknown): Wording {
  if (isErrorKey(issue.message)) return { key: issue.message };
  return ({ language }) =>
    language === 'en'
      ? issue.message
      : (ZOD_LOCALES[language]({ ...issue, input: valueAt(input, issue.path) } as z.core.$ZodRawIssue) ?? issue.message);
}
