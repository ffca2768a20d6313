import { render } from 'preact';
import { DashboardApp } from './dashboard-app';

export function mountDashboard(root: HTMLElement) {
  render(<DashboardApp />, root);
}
