import { parseWithoutEval } from '../../ui/zod-without-eval';
import { webSessionStore } from '../../dashboard/session/web-session-store';
import '../../ui/base.css';
import '../../dashboard/dashboard.css';

// Before any schema exists: the app (and zod with it) is imported only after this.
parseWithoutEval();
// The same page is an extension page and the server's web page at `/`; only the extension page may
// load WXT storage, which throws anywhere else.
const sessionStore =
  location.protocol === 'chrome-extension:'
    ? import('../../dashboard/session/extension-session-store').then((m) => m.extensionSessionStore)
    : Promise.resolve(webSessionStore);
void Promise.all([sessionStore, import('../../dashboard/mount-dashboard')]).then(([store, { mountDashboard }]) =>
  mountDashboard(document.getElementById('app')!, store),
);
