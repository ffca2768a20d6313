import { z } from 'zod';
import type { Language } from './languages';

type LocaleError = (issue: z.core.$ZodRawIssue) => string | undefined;

/** zod's own messages in each language but English, whose messages are the ones zod already wrote. */
const ZOD_LOCALES: Record<Exclude<Language, 'en'>, LocaleError> = {
  nb: z.locales.no().localeError as LocaleError,
  sv: z.locales.sv().localeError as LocaleError,
  da: z.locales.da().localeError as LocaleError,
  nl: z.locales.nl().localeError as LocaleError,
  es: z.locales.es().localeError as LocaleError,
};

/** The value an issue is about: zod's finished issues drop it, and "received string" needs it. */
export function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const step of path) value = value !== null && typeof value === 'object' ? (value as never)[step] : undefined;
  return value;
}

/**
 * A zod built-in message (not one of our error keys) in `language`: worded again by zod's locale
 * from the issue and the value it was about (`input`, the value the schema parsed).
 */
export function zodBuiltInText(language: Language, issue: z.core.$ZodIssue, input: unknown): string {
  if (language === 'en') return issue.message;
  return ZOD_LOCALES[language]({ ...issue, input: valueAt(input, issue.path) } as z.core.$ZodRawIssue) ?? issue.message;
}
