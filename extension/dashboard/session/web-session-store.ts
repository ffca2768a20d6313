import { isLanguage } from '../../../shared/i18n/languages';
import type { DashboardSession, SessionStore } from '../dashboard-session';

const KEY = 'fjord.session';
const LANGUAGE_KEY = 'fjord.language';

/** The server's web page keeps its own sign-in in this origin's localStorage, across reloads. */
export const webSessionStore: SessionStore = {
  signsInHere: true,
  load: async () => {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as DashboardSession) : null;
  },
  save: (session) => {
    if (session) localStorage.setItem(KEY, JSON.stringify(session));
    else localStorage.removeItem(KEY);
  },
  loadLanguage: async () => {
    const language = localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(language) ? language : null;
  },
  saveLanguage: (language) => localStorage.setItem(LANGUAGE_KEY, language),
};
