import { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema } from '../../shared/entities/base';
import { requireAuth } from '../auth/require-auth';
import type { AppEnv, Deps } from '../deps';
import { validate } from '../http/validate';
import { createFeed, listFeeds, revokeFeed } from '../domain/calendar-feeds';

const IdParam = z.object({ id: IdSchema });

export const CalendarFeedSchema = z.object({ id: z.string(), createdAt: z.number(), revokedAt: z.number().nullable() });

/**
 * `/api/calendar-feeds`: the caller's private iCalendar URLs. The URL (with its token) is in the
 * create answer only; lists never carry it, so a lost URL is revoked and replaced, not shown again.
 */
export function calendarFeedsRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .use(requireAuth(deps))
    .post('/', async (c) => {
      const { feed, token } = await createFeed(deps, c.get('auth'));
      // PUBLIC_URL when the server sits behind a proxy; the URL the request came to otherwise.
      const origin = new URL(deps.env.PUBLIC_URL ?? c.req.url).origin;
      return c.json({ feed, url: `${origin}/calendar/${token}.ics` }, 201);
    })
    .get('/', async (c) => c.json({ items: await listFeeds(deps.db, c.get('auth')) }))
    .delete('/:id', validate('param', IdParam), async (c) => {
      await revokeFeed(deps, c.get('auth'), c.req.valid('param').id);
      return c.json({ ok: true as const });
    });
}
