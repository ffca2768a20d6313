import { and, eq } from 'drizzle-orm';
import { timelineApi } from '../../shared/api/timeline.api';
import { TIMELINE_KINDS, type TimelineItem } from '../../shared/timeline/timeline-item';
import { requireAuth } from '../auth/require-auth';
import { companies, contacts } from '../db/schema';
import type { Deps } from '../deps';
import { AppError } from '../http/app-error';
import { apiRouter, route } from '../http/api-router';
import { viewerOf } from '../domain/visibility';
import { decodeCursor, encodeCursor } from './timeline-cursor';
import { timelinePage } from './timeline.queries';

/**
 * `GET /api/timeline`: a company's or contact's whole story, newest first, a page at a time:
 * activities, tasks, appointments, notes, logged e-mails, files and history, filtered by kind and
 * date range. `next` is the cursor of the following page.
 */
export function timelineRoutes(deps: Deps) {
  return apiRouter().openapi(route(timelineApi.page, requireAuth(deps)), async (c) => {
    const auth = c.get('auth');
    const q = c.req.valid('query');
    const before = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
    if (before === null) throw new AppError(400, 'invalid', { key: 'errors.timeline.badCursor' });
    const table = q.companyId ? companies : contacts;
    const targetId = (q.companyId ?? q.contactId)!;
    const [target] = await deps.db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.id, targetId), eq(table.workspaceId, auth.workspaceId)));
    if (!target)
      throw new AppError(404, 'notFound', { key: q.companyId ? 'errors.notFound.company' : 'errors.notFound.contact' });
    const viewer = viewerOf(auth);
    const page = await timelinePage(deps.db, viewer, {
      targetId,
      kinds: q.kinds ?? TIMELINE_KINDS,
      taskStatus: q.taskStatus,
      appointmentStatus: q.appointmentStatus,
      from: q.from,
      to: q.to,
      before,
      limit: q.limit,
    });
    // Each record was read from its kind's table, which TS cannot tie to the kind.
    const items = page.items as TimelineItem[];
    return c.json({ items, next: page.next ? encodeCursor(page.next) : null }, 200);
  });
}
