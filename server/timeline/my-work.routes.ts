import { and, asc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import { myWorkApi } from '../../shared/api/my-work.api';
import { OPEN_TASK_STATUSES } from '../../shared/entities/task';
import { requireAuth } from '../auth/require-auth';
import { appointments, tasks, users } from '../db/schema';
import type { Deps } from '../deps';
import { AppError } from '../http/app-error';
import { apiRouter, route } from '../http/api-router';

const DAY = 86_400_000;

/**
 * `GET /api/my-work`: open tasks of one or more users (overdue first, then by due date, undated
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
    const [openTasks, agenda] = await Promise.all([
      deps.db
        .select()
        .from(tasks)
        .where(
          and(
            eq(tasks.workspaceId, auth.workspaceId),
            inArray(tasks.assigneeId, userIds),
            inArray(tasks.status, [...OPEN_TASK_STATUSES]),
            isNull(tasks.deletedAt),
          ),
        )
        .orderBy(sql`${tasks.dueDate} is null`, asc(tasks.dueDate), asc(tasks.dueTime), asc(tasks.createdAt))
        .limit(500),
      deps.db
        .select()
        .from(appointments)
        .where(
          and(
            eq(appointments.workspaceId, auth.workspaceId),
            lt(appointments.startsAt, to),
            gte(appointments.endsAt, from),
            isNull(appointments.deletedAt),
            sql`exists (select 1 from json_each(${appointments.userIds}) where value in ${userIds})`,
          ),
        )
        .orderBy(asc(appointments.startsAt))
        .limit(1000),
    ]);
    return c.json(
      {
        today,
        tasks: openTasks.map((t) => ({ ...t, overdue: t.dueDate !== null && t.dueDate < today })),
        appointments: agenda,
        window: { from, to },
      },
      200,
    );
  });
}
