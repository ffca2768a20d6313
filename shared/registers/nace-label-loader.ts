import type { Language } from '../i18n/languages';

/** Labels in one language by NACE code ("78.10"); a code it lacks reads in English. */
export type NaceLabels = Readonly<Partial<Record<string, string>>>;

/**
 * Each language's labels are their own chunk (about 55 kB), loaded by the page that shows them, as
 * the message catalogues are. English has no map: the English labels are the code list itself.
 */
const labelLoaders: Record<Exclude<Language, 'en'>, () => Promise<{ default: NaceLabels }>> = {
  nb: () => import('./nace-labels/nb'),
  sv: () => import('./nace-labels/sv'),
  da: () => import('./nace-labels/da'),
  nl: () => import('./nace-labels/nl'),
  es: () => import('./nace-labels/es'),
};

/**
 * The NACE labels in `language`, for `naceLabel` and `searchNace` (nace.ts); empty for English. Apart
 * from the code list, so a screen that only shows a label in the user's language (the popup) loads
 * no more than that language's map.
 */
export async function loadNaceLabels(language: Language): Promise<NaceLabels> {
  return language === 'en' ? {} : (await labelLoaders[language]()).default;
}
