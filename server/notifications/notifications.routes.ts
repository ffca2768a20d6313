import { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema } from '../../shared/entities/base';
import { requireAuth } from '../auth/require-auth';
import type { AppEnv, Deps } from '../deps';
import { listNotifications, markNotificationsRead } from '../domain/notifications';
import { validate } from '../http/validate';

const ListQuery = z.object({
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const ReadBody = z.union([z.object({ ids: z.array(IdSchema).min(1).max(500) }), z.object({ all: z.literal(true) })]);

/** `/api/notifications`: the caller's own, newest first, with the unread count; marking them read. */
export function notificationsRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .use(requireAuth(deps))
    .get('/', validate('query', ListQuery), async (c) => {
      const { unread, limit } = c.req.valid('query');
      return c.json(await listNotifications(deps.db, c.get('auth'), { unreadOnly: unread === 'true', limit }));
    })
    .post('/read', validate('json', ReadBody), async (c) => {
      await markNotificationsRead(deps, c.get('auth'), c.req.valid('json'));
      return c.json({ ok: true as const });
    });
}
