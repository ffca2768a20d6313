import { storage } from '#imports';
import type { Session } from '../sync/session';

export const DEFAULT_SERVER_URL = 'http://localhost:8787';

/** The signed-in session (server, token, user, workspace); null when signed out. */
export const sessionItem = storage.defineItem<Session | null>('local:session', { fallback: null });

/** The server URL typed in the options page, remembered across sign-outs. */
export const serverUrlItem = storage.defineItem<string>('local:serverUrl', { fallback: DEFAULT_SERVER_URL });
