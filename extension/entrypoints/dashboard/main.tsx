import { parseWithoutEval } from '../../ui/zod-without-eval';
import '../../ui/base.css';
import '../../dashboard/dashboard.css';

// Before any schema exists: the app (and zod with it) is imported only after this.
parseWithoutEval();
void import('../../dashboard/mount-dashboard').then(({ mountDashboard }) => mountDashboard(document.getElementById('app')!));
