/** Where the dashboard sends API calls, and with which token. */
export type DashboardSession = { baseUrl: string; token: string; email: string };

const WEB_KEY = 'fjord.session';

/** The same build runs as an extension page and as the server's web page at `/`. */
export const inExtension = () => location.protocol === 'chrome-extension:';

export async function loadSession(): Promise<DashboardSession | null> {
  if (inExtension()) {
    // Loaded only here: defining WXT storage items outside an extension throws at the web page's start.
    const { sessionItem } = await import('../settings/settings');
    const s = await sessionItem.getValue();
    return s && { baseUrl: s.serverUrl, token: s.token, email: s.email };
  }
  const raw = localStorage.getItem(WEB_KEY);
  return raw ? (JSON.parse(raw) as DashboardSession) : null;
}

export function saveWebSession(session: DashboardSession | null) {
  if (session) localStorage.setItem(WEB_KEY, JSON.stringify(session));
  else localStorage.removeItem(WEB_KEY);
}
