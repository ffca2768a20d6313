import { languageItem, sessionItem } from '../../settings/settings';
import type { SessionStore } from '../dashboard-session';

/**
 * The extension page uses the extension's own session (WXT storage), which its options page signs in
 * and out. Imported only by the dashboard entrypoint, on the extension page: defining WXT storage items
 * on the server's web page throws.
 */
export const extensionSessionStore: SessionStore = {
  signsInHere: false,
  load: async () => {
    const s = await sessionItem.getValue();
    return s && { baseUrl: s.serverUrl, token: s.token, email: s.email };
  },
  // A refused token only shows the sign-in hint here: the options page and the background own the session.
  save: () => {},
  // Shared with the popup, options page and sidebar, which switch with it.
  loadLanguage: () => languageItem.getValue(),
  saveLanguage: (language) => void languageItem.setValue(language),
};
