import { z } from 'zod';
import { IdParams, OkSchema, defineOperation, jsonAnswer } from './operation';

/** A private calendar feed as its owner sees it: never its URL, whose token only the create answer carries. */
export const CalendarFeedSchema = z.object({ id: z.string(), createdAt: z.number(), revokedAt: z.number().nullable() });
export type CalendarFeed = z.infer<typeof CalendarFeedSchema>;

const tags = ['timeline'];

/**
 * The caller's private iCalendar URLs. The URL (with its token) is in the create answer only;
 * lists never carry it, so a lost URL is revoked and replaced, not shown again.
 */
export const calendarFeedsApi = {
  create: defineOperation({
    method: 'post',
    path: '/api/calendar-feeds',
    summary: 'A new private calendar feed URL for the caller (the URL is shown only here, once)',
    tags,
    responses: {
      201: jsonAnswer(z.object({ feed: CalendarFeedSchema.pick({ id: true, createdAt: true }), url: z.url() }), 'Created'),
    },
  }),
  list: defineOperation({
    method: 'get',
    path: '/api/calendar-feeds',
    summary: "The caller's calendar feeds, newest first, without their URLs",
    tags,
    responses: { 200: jsonAnswer(z.object({ items: z.array(CalendarFeedSchema) })) },
  }),
  revoke: defineOperation({
    method: 'delete',
    path: '/api/calendar-feeds/{id}',
    summary: "Revoke one of the caller's calendar feeds (for good; revoking twice is harmless)",
    tags,
    request: { params: IdParams },
    responses: { 200: jsonAnswer(OkSchema) },
  }),
};
