import { notificationsApi } from '../../shared/api/notifications.api';
import { requireAuth } from '../auth/require-auth';
import type { Deps } from '../deps';
import { listNotifications, markNotificationsRead } from '../domain/notifications';
import { apiRouter, route } from '../http/api-router';

/** The caller's own notifications, newest first, with the unread count; marking them read. */
export function notificationsRoutes(deps: Deps) {
  const auth = requireAuth(deps);
  return apiRouter()
    .openapi(route(notificationsApi.list, auth), async (c) => {
      const { unread, limit } = c.req.valid('query');
      return c.json(await listNotifications(deps.db, c.get('auth'), { unreadOnly: unread === 'true', limit }), 200);
    })
    .openapi(route(notificationsApi.read, auth), async (c) => {
      await markNotificationsRead(deps, c.get('auth'), c.req.valid('json'));
      return c.json({ ok: true as const }, 200);
    });
}
