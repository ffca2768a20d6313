import { and, asc, eq, gte, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { OPEN_TASK_STATUSES } from '../../shared/entities/task';
import type { DbOrTx } from '../db/client';
import { appointments, tasks } from '../db/schema';

const DAY = 86_400_000;
/** How far back a feed reaches: recent meetings stay visible, years of history do not ride along. */
export const FEED_PAST_DAYS = 90;
/** Caps that keep one feed answer small; a user with more is far outside what a calendar shows. */
const MAX_APPOINTMENTS = 5_000;
const MAX_TASKS = 2_000;

type Owner = { userId: string; workspaceId: string };

/**
 * What one user's feed holds: the appointments they take part in from 90 days back, and every
 * task assigned to them that is still to do and has a due date (overdue ones too: still to do).
 */
export async function feedRecords(db: DbOrTx, owner: Owner, now = Date.now()) {
  const since = now - FEED_PAST_DAYS * DAY;
  const [appointmentRows, taskRows] = await Promise.all([
    db
      .select()
      .from(appointments)
      .where(
        and(
          eq(appointments.workspaceId, owner.workspaceId),
          isNull(appointments.deletedAt),
          gte(appointments.endsAt, since),
          sql`exists (select 1 from json_each(${appointments.userIds}) where value = ${owner.userId})`,
        ),
      )
      .orderBy(asc(appointments.startsAt))
      .limit(MAX_APPOINTMENTS),
    db
      .select()
      .from(tasks)
      .where(
        and(
          eq(tasks.workspaceId, owner.workspaceId),
          eq(tasks.assigneeId, owner.userId),
          inArray(tasks.status, [...OPEN_TASK_STATUSES]),
          isNull(tasks.deletedAt),
          isNotNull(tasks.dueDate),
        ),
      )
      .orderBy(asc(tasks.dueDate))
      .limit(MAX_TASKS),
  ]);
  return { appointments: appointmentRows, tasks: taskRows.filter((t): t is typeof t & { dueDate: string } => !!t.dueDate) };
}
