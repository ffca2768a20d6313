/** The languages Fjord speaks, in the order the language picker lists them. */
export const LANGUAGES = ['en', 'nb', 'sv', 'da', 'nl', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language in its own words: the picker shows them so, whatever the current language. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  nb: 'Norsk bokmål',
  sv: 'Svenska',
  da: 'Dansk',
  nl: 'Nederlands',
  es: 'Español',
};

/**
 * The locale each language formats with. English is British English: our users are in Europe, so
 * day-month-year dates and weeks that start on Monday.
 */
export const LOCALES: Record<Language, string> = {
  en: 'en-GB',
  nb: 'nb-NO',
  sv: 'sv-SE',
  da: 'da-DK',
  nl: 'nl-NL',
  es: 'es-ES',
};

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** Norwegian arrives as `nb`, `nn` or `no` (Chrome, Accept-Language); Bokmål is the written standard we ship. */
const ALIASES: Record<string, Language> = { no: 'nb', nn: 'nb' };

/**
 * The first of the given language tags (`navigator.languages`, Accept-Language order) that Fjord
 * speaks, by its primary subtag; English when none is.
 */
export function pickLanguage(tags: readonly string[]): Language {
  for (const tag of tags) {
    const primary = tag.trim().toLowerCase().split(/[-_;]/)[0] ?? '';
    const language = ALIASES[primary] ?? primary;
    if (isLanguage(language)) return language;
  }
  return 'en';
}

/** The language tags of an Accept-Language header, highest quality first. */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}
