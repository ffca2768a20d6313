import { z } from 'zod';
import { CalendarFeedSchema } from '../../shared/api/calendar-feeds.api';
import type { Operation } from './api-operations';

const Ok = z.object({ ok: z.literal(true) });

/** Issue 6: calendar feeds (the timeline's own operations are in shared/api/timeline.api.ts). */
export const timelineOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/calendar-feeds',
    summary: 'A new private calendar feed URL for the caller (the URL is shown only here, once)',
    tag: 'timeline',
    response: z.object({ feed: CalendarFeedSchema.pick({ id: true, createdAt: true }), url: z.url() }),
  },
  {
    method: 'get',
    path: '/api/calendar-feeds',
    summary: "The caller's calendar feeds, without their URLs",
    tag: 'timeline',
    response: z.object({ items: z.array(CalendarFeedSchema) }),
  },
  {
    method: 'delete',
    path: '/api/calendar-feeds/{id}',
    summary: "Revoke one of the caller's calendar feeds",
    tag: 'timeline',
    response: Ok,
  },
];
