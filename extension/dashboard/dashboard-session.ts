import type { Language } from '../../shared/i18n/languages';

/** Where the dashboard sends API calls, and with which token. */
export type DashboardSession = { baseUrl: string; token: string; email: string };

/**
 * What differs between the dashboard as an extension page and as the server's web page at `/`:
 * where its session lives and whether the page signs in itself. The entrypoint picks one, so the
 * dashboard's own modules never import extension-only code (WXT storage throws outside an extension).
 */
export type SessionStore = {
  /** False on the extension page: the extension's options page signs in, the dashboard only reads the session. */
  signsInHere: boolean;
  load: () => Promise<DashboardSession | null>;
  /** Remembers a sign-in, or forgets it (null) on sign-out or a refused token. */
  save: (session: DashboardSession | null) => void;
  /** The language last shown, so the next load starts in it before the profile answers; null: the browser's. */
  loadLanguage: () => Promise<Language | null>;
  saveLanguage: (language: Language) => void;
};

/** The same build runs as an extension page and as the server's web page at `/`. */
export const inExtension = () => location.protocol === 'chrome-extension:';
