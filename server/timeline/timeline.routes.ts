import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema } from '../../shared/entities/base';
import { TIMELINE_KINDS, TimelineKindSchema } from '../../shared/timeline/timeline-item';
import { requireAuth } from '../auth/require-auth';
import { companies, contacts } from '../db/schema';
import type { AppEnv, Deps } from '../deps';
import { AppError } from '../http/app-error';
import { validate } from '../http/validate';
import { viewerOf } from '../domain/visibility';
import { decodeCursor, encodeCursor } from './timeline-cursor';
import { timelinePage } from './timeline.queries';

export const TimelineQuery = z
  .object({
    companyId: IdSchema.optional(),
    contactId: IdSchema.optional(),
    /** Comma-separated kinds to show; all when left out. */
    kinds: z
      .string()
      .transform((s) => s.split(',').filter(Boolean))
      .pipe(z.array(TimelineKindSchema).min(1, 'name at least one kind'))
      .optional(),
    from: z.coerce.number().int().optional(),
    to: z.coerce.number().int().optional(),
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine((q) => Boolean(q.companyId) !== Boolean(q.contactId), { message: 'give companyId or contactId', path: ['companyId'] })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: 'must not be after to',
    path: ['from'],
  });

/**
 * `GET /api/timeline`: a company's or contact's whole story, newest first, a page at a time:
 * activities, tasks, appointments, notes, logged e-mails, files and history, filtered by kind and
 * date range. `next` is the cursor of the following page.
 */
export function timelineRoutes(deps: Deps) {
  return new Hono<AppEnv>().use(requireAuth(deps)).get('/', validate('query', TimelineQuery), async (c) => {
    const auth = c.get('auth');
    const q = c.req.valid('query');
    const before = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
    if (before === null) throw new AppError(400, 'invalid', 'cursor: is not a cursor this server gave');
    const table = q.companyId ? companies : contacts;
    const targetId = (q.companyId ?? q.contactId)!;
    const [target] = await deps.db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.id, targetId), eq(table.workspaceId, auth.workspaceId)));
    if (!target) throw new AppError(404, 'notFound', q.companyId ? 'Company not found' : 'Contact not found');
    const viewer = viewerOf(auth);
    const page = await timelinePage(deps.db, viewer, {
      targetId,
      kinds: q.kinds ?? TIMELINE_KINDS,
      from: q.from,
      to: q.to,
      before,
      limit: q.limit,
    });
    return c.json({ items: page.items, next: page.next ? encodeCursor(page.next) : null });
  });
}
