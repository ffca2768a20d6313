import { and, asc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema } from '../../shared/entities/base';
import { IsoDateSchema } from '../../shared/entities/company-summaries';
import { OPEN_TASK_STATUSES } from '../../shared/entities/task';
import { requireAuth } from '../auth/require-auth';
import { appointments, tasks, users } from '../db/schema';
import type { AppEnv, Deps } from '../deps';
import { AppError } from '../http/app-error';
import { validate } from '../http/validate';

const DAY = 86_400_000;

export const MyWorkQuery = z
  .object({
    /** Whose work: comma-separated user ids of this workspace; the caller when left out. */
    userIds: z
      .string()
      .transform((s) => s.split(',').filter(Boolean))
      .pipe(z.array(IdSchema).min(1).max(50))
      .optional(),
    /** The agenda's window (epoch ms); the coming seven days when left out. */
    from: z.coerce.number().int().optional(),
    to: z.coerce.number().int().optional(),
    /** The caller's today, for what is overdue (their time zone, not the server's). */
    today: IsoDateSchema.optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from < q.to, { message: 'must be before to', path: ['from'] })
  .refine((q) => q.from === undefined || q.to === undefined || q.to - q.from <= 62 * DAY, {
    message: 'the window may be at most 62 days',
    path: ['to'],
  });

/**
 * `GET /api/my-work`: open tasks of one or more users (overdue first, then by due date, undated
 * last) and their appointments in a window (the agenda). Users outside the workspace are refused.
 */
export function myWorkRoutes(deps: Deps) {
  return new Hono<AppEnv>().use(requireAuth(deps)).get('/', validate('query', MyWorkQuery), async (c) => {
    const auth = c.get('auth');
    const q = c.req.valid('query');
    const userIds = q.userIds ?? [auth.userId];
    const known = await deps.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.workspaceId, auth.workspaceId), inArray(users.id, userIds)));
    if (known.length !== new Set(userIds).size) throw new AppError(400, 'invalid', 'userIds: not all users of this workspace');
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
    return c.json({
      today,
      tasks: openTasks.map((t) => ({ ...t, overdue: t.dueDate !== null && t.dueDate < today })),
      appointments: agenda,
      window: { from, to },
    });
  });
}
