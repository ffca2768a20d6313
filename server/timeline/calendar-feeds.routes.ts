import { calendarFeedsApi } from '../../shared/api/calendar-feeds.api';
import { requireAuth } from '../auth/require-auth';
import type { Deps } from '../deps';
import { createFeed, listFeeds, revokeFeed } from '../domain/calendar-feeds';
import { apiRouter, route } from '../http/api-router';

/**
 * `/api/calendar-feeds`: the caller's private iCalendar URLs. The URL (with its token) is in the
 * create answer only; lists never carry it, so a lost URL is revoked and replaced, not shown again.
 */
export function calendarFeedsRoutes(deps: Deps) {
  const auth = requireAuth(deps);
  return apiRouter()
    .openapi(route(calendarFeedsApi.create, auth), async (c) => {
      const { feed, token } = await createFeed(deps, c.get('auth'));
      // PUBLIC_URL when the server sits behind a proxy; the URL the request came to otherwise.
      const origin = new URL(deps.env.PUBLIC_URL ?? c.req.url).origin;
      return c.json({ feed, url: `${origin}/calendar/${token}.ics` }, 201);
    })
    .openapi(route(calendarFeedsApi.list, auth), async (c) => c.json({ items: await listFeeds(deps.db, c.get('auth')) }, 200))
    .openapi(route(calendarFeedsApi.revoke, auth), async (c) => {
      await revokeFeed(deps, c.get('auth'), c.req.valid('param').id);
      return c.json({ ok: true as const }, 200);
    });
}
