import { render } from 'preact';
import { DashboardApp } from '../../dashboard/dashboard-app';
import '../../ui/base.css';
import '../../dashboard/dashboard.css';

render(<DashboardApp />, document.getElementById('app')!);
