import { render } from 'preact';
import { DashboardApp } from './dashboard-app';
import type { SessionStore } from './dashboard-session';

export function mountDashboard(root: HTMLElement, sessionStore: SessionStore) {
  render(<DashboardApp sessionStore={sessionStore} />, root);
}
