import da from '../../shared/i18n/catalogues/da';
import en from '../../shared/i18n/catalogues/en';
import es from '../../shared/i18n/catalogues/es';
import nb from '../../shared/i18n/catalogues/nb';
import nl from '../../shared/i18n/catalogues/nl';
import sv from '../../shared/i18n/catalogues/sv';
import { formatsFor } from '../../shared/i18n/formats';
import type { I18n } from '../../shared/i18n/i18n';
import { LANGUAGES, type Language } from '../../shared/i18n/languages';
import type { Messages } from '../../shared/i18n/messages';
import { translator } from '../../shared/i18n/translator';

const catalogues: Record<Language, Messages> = { en, nb, sv, da, nl, es };

/**
 * All six languages, built once when the server starts. Imported, not loaded with `loadI18n`:
 * the server answers in any of them at any time, so none may be missing when the first request
 * (or a test, or a background job) needs it, and nothing has to await it first.
 */
const all = Object.fromEntries(
  LANGUAGES.map((language) => [language, { language, t: translator(language, catalogues[language]), f: formatsFor(language) }]),
) as Record<Language, I18n>;

/** Text and formats in `language`, English when none is given (the server's own work). */
export const i18nFor = (language: Language | null | undefined): I18n => all[language ?? 'en'];
