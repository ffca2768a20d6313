import errorsDa from '../../../shared/i18n/catalogues/errors/da';
import sidebarDa from '../../../shared/i18n/catalogues/sidebar/da';
import errorsEn from '../../../shared/i18n/catalogues/errors/en';
import sidebarEn from '../../../shared/i18n/catalogues/sidebar/en';
import errorsEs from '../../../shared/i18n/catalogues/errors/es';
import sidebarEs from '../../../shared/i18n/catalogues/sidebar/es';
import errorsNb from '../../../shared/i18n/catalogues/errors/nb';
import sidebarNb from '../../../shared/i18n/catalogues/sidebar/nb';
import errorsNl from '../../../shared/i18n/catalogues/errors/nl';
import sidebarNl from '../../../shared/i18n/catalogues/sidebar/nl';
import errorsSv from '../../../shared/i18n/catalogues/errors/sv';
import sidebarSv from '../../../shared/i18n/catalogues/sidebar/sv';
import uiDa from '../../../shared/i18n/catalogues/ui/da';
import uiEn from '../../../shared/i18n/catalogues/ui/en';
import uiEs from '../../../shared/i18n/catalogues/ui/es';
import uiNb from '../../../shared/i18n/catalogues/ui/nb';
import uiNl from '../../../shared/i18n/catalogues/ui/nl';
import uiSv from '../../../shared/i18n/catalogues/ui/sv';
import { formatsFor, type Formats } from '../../../shared/i18n/formats';
import type { Language } from '../../../shared/i18n/languages';
import type { Messages } from '../../../shared/i18n/messages';
import { translator, type MessageValues } from '../../../shared/i18n/translator';
import { languageItem } from '../../settings/settings';
import { browserLanguage } from './use-i18n';

const english = { ...uiEn, ...sidebarEn, ...errorsEn };

/**
 * The text the background itself writes (reminders, the sidebar's refusals and the errors of local writes), in every language.
 * A module service worker may not `import()`, so the lazily loaded catalogues are out of reach
 * here; these three features are small enough to bundle.
 */
const BACKGROUND_TEXT: Record<Language, typeof english> = {
  en: english,
  nb: { ...uiNb, ...sidebarNb, ...errorsNb },
  sv: { ...uiSv, ...sidebarSv, ...errorsSv },
  da: { ...uiDa, ...sidebarDa, ...errorsDa },
  nl: { ...uiNl, ...sidebarNl, ...errorsNl },
  es: { ...uiEs, ...sidebarEs, ...errorsEs },
};

export type BackgroundI18n = { t: (key: keyof typeof english, values?: MessageValues) => string; f: Formats };

/** The user's language, read at each use: a pick made in the dashboard meanwhile applies to the next message. */
export async function backgroundI18n(): Promise<BackgroundI18n> {
  const language = (await languageItem.getValue()) ?? browserLanguage();
  // Only these features' keys can be asked for (the type of `t`), and those are all there.
  return { t: translator(language, BACKGROUND_TEXT[language] as Messages), f: formatsFor(language) };
}
