import { filesRoutes } from './files/files.routes';
import { myWorkRoutes } from './timeline/my-work.routes';
import { membersRoutes } from './settings/members.routes';
import { timelineRecordRoutes } from './timeline/timeline-records.routes';
import { timelineRoutes } from './timeline/timeline.routes';
import { appointmentIcsRoutes } from './timeline/appointment-ics.routes';
import { unsubscribeRoutes } from './mail/unsubscribe.routes';
import { calendarFeedRoutes } from './timeline/calendar-feed.routes';
import { calendarFeedsRoutes } from './timeline/calendar-feeds.routes';
import { registersRoutes } from './registers/registers.routes';
import { creditRoutes } from './credit/credit.routes';
import { notificationsRoutes } from './notifications/notifications.routes';
import { registerSettingsRoutes } from './settings/registers-settings.routes';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { EXTENSION_ORIGIN } from '../shared/extension-id';
import { accountRoutes } from './auth/account.routes';
import { authRoutes } from './auth/auth.routes';
import { blobsRoutes } from './blobs/blobs.routes';
import type { AppEnv, Deps } from './deps';
import { bodyTooLarge } from './http/body-too-large';
import { healthRoutes } from './http/health.routes';
import { route } from './http/api-router';
import { systemApi } from '../shared/api/system.api';
import { onError } from './http/on-error';
import { requestLanguage } from './http/request-language';
import { i18nFor } from './i18n/server-i18n';
import { dashboardHeaders, everyResponseHeaders } from './http/security-headers';
import { mailingsRoutes } from './mail/mailings.routes';
import { openApiDocument } from './openapi/openapi-document';
import { companiesRoutes } from './records/companies.routes';
import { recordListRoutes } from './records/record-list.routes';
import { companyLogoRoutes } from './records/company-logo.routes';
import { contactsRoutes } from './records/contacts.routes';
import { settingsRoutes } from './settings/list-items.routes';
import { customFieldRoutes } from './settings/custom-fields.routes';
import { companySummaryRoutes } from './records/company-summaries.routes';
import { historyRoutes } from './records/history.routes';
import { mergesRoutes } from './records/merges.routes';
import { duplicatesRoutes } from './records/duplicates.routes';
import { savedSelectionsRoutes } from './records/saved-selections.routes';
import { emailLogsRoutes } from './records/email-logs.routes';
import { trashRoutes } from './records/trash.routes';
import { syncRoutes } from './sync/sync.routes';

/** The whole HTTP surface; `server/main.ts` serves it, tests call `app.request` on it. */
export function createApp(deps: Deps) {
  const allowed = new Set([EXTENSION_ORIGIN, ...dashboardOrigins(deps), ...deps.env.CORS_ORIGINS]);
  const app = new OpenAPIHono<AppEnv>();
  app.onError(onError);
  app.use(everyResponseHeaders());
  app.notFound((c) => {
    const message = i18nFor(requestLanguage(c)).t('errors.http.noRoute', { method: c.req.method, path: c.req.path });
    return c.json({ error: { code: 'notFound', message } }, 404);
  });
  // File uploads have their own, larger limit (FILE_MAX_BYTES, in files.routes.ts).
  const requestLimit = bodyLimit({
    maxSize: deps.env.BODY_LIMIT_BYTES,
    onError: (c) => {
      throw bodyTooLarge(c, { key: 'errors.http.bodyTooLarge', values: { bytes: String(deps.env.BODY_LIMIT_BYTES) } });
    },
  });
  for (const prefix of ['/api/*', '/sync/*']) {
    app.use(prefix, cors({ origin: (origin) => (allowed.has(origin) ? origin : null), maxAge: 600 }));
    app.use(prefix, (c, next) => (c.req.path === '/api/files' ? next() : requestLimit(c, next)));
  }
  app.route('/', healthRoutes(deps));
  // Built on first request: by then every router has added its operations.
  let openApi: ReturnType<typeof openApiDocument> | undefined;
  app.openapi(route(systemApi.openapi), (c) => c.json((openApi ??= openApiDocument(app, deps.env.PUBLIC_URL)), 200));
  app.route('/', authRoutes(deps));
  app.route('/', accountRoutes(deps));
  app.route('/', recordListRoutes(deps));
  app.route('/', companiesRoutes(deps));
  app.route('/', companyLogoRoutes(deps));
  app.route('/', blobsRoutes(deps));
  app.route('/', contactsRoutes(deps));
  app.route('/', customFieldRoutes(deps));
  app.route('/', membersRoutes(deps));
  app.route('/', settingsRoutes(deps));
  app.route('/', companySummaryRoutes(deps, 'agreement'));
  app.route('/', companySummaryRoutes(deps, 'invoice'));
  app.route('/', historyRoutes(deps));
  app.route('/', mergesRoutes(deps));
  app.route('/', duplicatesRoutes(deps));
  app.route('/', savedSelectionsRoutes(deps));
  app.route('/', emailLogsRoutes(deps));
  app.route('/', timelineRecordRoutes(deps, 'activity'));
  app.route('/', timelineRecordRoutes(deps, 'task'));
  app.route('/', timelineRecordRoutes(deps, 'appointment'));
  app.route('/', appointmentIcsRoutes(deps));
  app.route('/', timelineRecordRoutes(deps, 'note'));
  app.route('/', timelineRoutes(deps));
  app.route('/', filesRoutes(deps));
  app.route('/', myWorkRoutes(deps));
  app.route('/', calendarFeedsRoutes(deps));
  app.route('/', registersRoutes(deps));
  app.route('/', registerSettingsRoutes(deps));
  app.route('/', creditRoutes(deps));
  app.route('/', notificationsRoutes(deps));
  app.route('/', trashRoutes(deps));
  app.route('/', mailingsRoutes(deps));
  app.route('/', syncRoutes(deps));
  // Public: calendar apps cannot send a bearer token; the token in the path is the secret.
  app.route('/', calendarFeedRoutes(deps));
  // Public: a mailing's recipient has no account; the random token in the link is the secret.
  app.route('/', unsubscribeRoutes(deps));

  const root = deps.env.DASHBOARD_DIR;
  if (existsSync(join(root, 'dashboard.html'))) {
    app.get('/', dashboardHeaders(), serveStatic({ root, path: 'dashboard.html' }));
    for (const folder of ['/chunks/*', '/assets/*', '/icon/*']) app.get(folder, serveStatic({ root }));
  } else {
    app.get('/', (c) => c.text(`The dashboard is not built yet (${root}): run "npm run build".`, 503));
  }
  return app;
}

function dashboardOrigins({ env }: Deps): string[] {
  const origins = [`http://localhost:${env.PORT}`, `http://127.0.0.1:${env.PORT}`];
  if (env.PUBLIC_URL) origins.push(new URL(env.PUBLIC_URL).origin);
  return origins;
}
