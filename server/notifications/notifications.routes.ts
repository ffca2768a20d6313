import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema } from '../../shared/entities/base';
import { requireAuth } from '../auth/require-auth';
import { notifications } from '../db/schema';
import type { AppEnv, Deps } from '../deps';
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
      const { workspaceId, userId } = c.get('auth');
      const { unread, limit } = c.req.valid('query');
      const mine = and(eq(notifications.workspaceId, workspaceId), eq(notifications.userId, userId));
      const [items, [counted]] = await Promise.all([
        deps.db
          .select({
            id: notifications.id,
            companyId: notifications.companyId,
            kind: notifications.kind,
            title: notifications.title,
            body: notifications.body,
            createdAt: notifications.createdAt,
            readAt: notifications.readAt,
          })
          .from(notifications)
          .where(unread === 'true' ? and(mine, isNull(notifications.readAt)) : mine)
          .orderBy(desc(notifications.createdAt))
          .limit(limit),
        deps.db
          .select({ n: count() })
          .from(notifications)
          .where(and(mine, isNull(notifications.readAt))),
      ]);
      return c.json({ items, unread: counted?.n ?? 0 });
    })
    .post('/read', validate('json', ReadBody), async (c) => {
      const { workspaceId, userId } = c.get('auth');
      const body = c.req.valid('json');
      const mine = and(
        eq(notifications.workspaceId, workspaceId),
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
      );
      await deps.writeLock.run(() =>
        deps.db
          .update(notifications)
          .set({ readAt: Date.now() })
          .where('ids' in body ? and(mine, inArray(notifications.id, body.ids)) : mine),
      );
      return c.json({ ok: true as const });
    });
}
