import { storage } from '#imports';
import type { Language } from '../../shared/i18n/languages';
import type { Session } from '../sync/session';

export const DEFAULT_SERVER_URL = 'http://localhost:8787';

/** The signed-in session (server, token, user, workspace); null when signed out. */
export const sessionItem = storage.defineItem<Session | null>('local:session', { fallback: null });

/** The server URL typed in the options page, remembered across sign-outs. */
export const serverUrlItem = storage.defineItem<string>('local:serverUrl', { fallback: DEFAULT_SERVER_URL });

/** The language the signed-in user picked (their profile's, copied here at sign-in and when they change it); null follows the browser. */
export const languageItem = storage.defineItem<Language | null>('local:language', { fallback: null });
