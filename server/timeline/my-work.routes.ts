import { and, asc, desc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import { myWorkApi } from '../../shared/api/my-work.api';
import { TASK_STATUSES_OF } from '../../shared/timeline/status-filter';
import { requireAuth } from '../auth/require-auth';
import { appointments, tasks, users } from '../db/schema';
import type { Deps } from '../deps';
import { AppError } from '../http/app-error';
import { apiRouter, route } from '../http/api-router';
import { taskRecords } from './task-records';

const DAY = 86_400_000;

/**
 * `GET /api/my-work`: open (or done) tasks of one or more users (overdue first, then by due date, undated
 * last) and their appointments in a window (the agenda). Users outside the workspace are refused.
 */
export function myWorkRoutes(deps: Deps) {
  return apiRouter().openapi(route(myWorkApi.get, requireAuth(deps)), async (c) => {
    const auth = c.get('auth');
    const q = c.req.valid('query');
    const userIds = q.userIds ?? [auth.userId];
    const known = await deps.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.workspaceId, auth.workspaceId), inArray(users.id, userIds)));
    if (known.length !== new Set(userIds).size) throw new AppError(400, 'invalid', { key: 'errors.myWork.notUsers' });
    const from = q.from ?? Date.now() - (Date.now() % DAY);
    const to = q.to ?? from + 7 * DAY;
    const today = q.today ?? new Date().toISOString().slice(0, 10);
    const [taskRows, agenda] = await Promise.all([
      deps.db
        .select()
        .from(tasks)
        .where(
          and(
            eq(tasks.workspaceId, auth.workspaceId),
            inArray(tasks.assigneeId, userIds),
            inArray(tasks.status, [...TASK_STATUSES_OF[q.taskStatus]]),
            isNull(tasks.deletedAt),
          ),
        )
        // Done ones newest first: what was just finished is what one looks for.
        .orderBy(
          ...(q.taskStatus === 'done'
            ? [desc(tasks.completedAt), desc(tasks.id)]
            : [sql`${tasks.dueDate} is null`, asc(tasks.dueDate), asc(tasks.dueTime), asc(tasks.createdAt)]),
        )
        .limit(500),
      deps.db
        .select()
        .from(appointments)
        .where(
          and(
            eq(appointments.workspaceId, auth.workspaceId),
            q.appointmentStatus === undefined ? undefined : eq(appointments.status, q.appointmentStatus),
            lt(appointments.startsAt, to),
            gte(appointments.endsAt, from),
            isNull(appointments.deletedAt),
            sql`exists (select 1 from json_each(${appointments.userIds}) where value in ${userIds})`,
          ),
        )
        .orderBy(asc(appointments.startsAt))
        .limit(1000),
    ]);
    const records = await taskRecords(deps.db, auth.workspaceId, taskRows);
    return c.json(
      {
        today,
        tasks: taskRows.map((t, i) => ({
          ...t,
          overdue: q.taskStatus === 'open' && t.dueDate !== null && t.dueDate < today,
          record: records[i] ?? null,
        })),
        appointments: agenda,
        window: { from, to },
      },
      200,
    );
  });
}
