import { render } from 'preact';
import { browserLanguage, startLanguage } from '../ui/i18n/use-i18n';
import { DashboardApp } from './dashboard-app';
import type { SessionStore } from './dashboard-session';

export async function mountDashboard(root: HTMLElement, sessionStore: SessionStore) {
  await startLanguage((await sessionStore.loadLanguage()) ?? browserLanguage());
  render(<DashboardApp sessionStore={sessionStore} />, root);
}
