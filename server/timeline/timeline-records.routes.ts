import { and, eq } from 'drizzle-orm';
import { timelineRecordApi, type TimelineRecord } from '../../shared/api/timeline.api';
import { newId } from '../../shared/ids';
import type { TimelineEntity } from '../../shared/mutations/timeline-mutations';
import { requireAuth } from '../auth/require-auth';
import { entityDbTables } from '../db/entity-db-tables';
import type { AuthContext, Deps } from '../deps';
import { runMutation } from '../domain/run-mutation';
import { AppError } from '../http/app-error';
import { apiRouter, route } from '../http/api-router';
import { isVisible, viewerOf } from '../domain/visibility';

const NOT_FOUND = {
  activity: 'errors.notFound.activity',
  task: 'errors.notFound.task',
  appointment: 'errors.notFound.appointment',
  note: 'errors.notFound.note',
} as const;

/** What the caller did not say, from who is asking and when: the call is now, the task is mine. */
function withCallerDefaults(entity: TimelineEntity, body: Record<string, unknown>, auth: AuthContext) {
  if (entity === 'activity') return { ...body, occurredAt: body.occurredAt ?? Date.now() };
  if (entity === 'task') return { ...body, assigneeId: body.assigneeId === undefined ? auth.userId : body.assigneeId };
  if (entity === 'appointment') return { ...body, userIds: body.userIds ?? [auth.userId] };
  return body;
}

/**
 * One resource per timeline record type (`/api/activities`, `/api/tasks`, `/api/appointments`,
 * `/api/notes`): read one, create, change, delete, all through the shared mutations. Lists are the
 * card timeline and "My work". Someone else's private note is not found, whatever its id.
 */
export function timelineRecordRoutes(deps: Deps, entity: TimelineEntity) {
  const api = timelineRecordApi(entity);
  const table = entityDbTables[entity];
  const visibleOne = async (auth: AuthContext, id: string) => {
    const [row] = await deps.db
      .select()
      .from(table)
      .where(and(eq(table.id, id), eq(table.workspaceId, auth.workspaceId)));
    if (!row || !isVisible(entity, row as never, viewerOf(auth))) throw new AppError(404, 'notFound', { key: NOT_FOUND[entity] });
    // The row of this kind's table, which TS cannot tie to the kind picked at run time.
    return row as TimelineRecord;
  };
  const auth = requireAuth(deps);
  return apiRouter()
    .openapi(route(api.get, auth), async (c) => c.json({ item: await visibleOne(c.get('auth'), c.req.valid('param').id) }, 200))
    .openapi(route(api.create, auth), async (c) => {
      const auth = c.get('auth');
      const id = newId();
      const args = { id, ...withCallerDefaults(entity, c.req.valid('json') as Record<string, unknown>, auth) };
      await runMutation(deps, auth, `${entity}.create`, args as never);
      return c.json({ item: await visibleOne(auth, id) }, 201);
    })
    .openapi(route(api.update, auth), async (c) => {
      const auth = c.get('auth');
      const { id } = c.req.valid('param');
      await visibleOne(auth, id);
      await runMutation(deps, auth, `${entity}.update`, { id, patch: c.req.valid('json') } as never);
      return c.json({ item: await visibleOne(auth, id) }, 200);
    })
    .openapi(route(api.remove, auth), async (c) => {
      const auth = c.get('auth');
      const { id } = c.req.valid('param');
      await visibleOne(auth, id);
      await runMutation(deps, auth, `${entity}.delete`, { id });
      return c.json({ ok: true as const }, 200);
    });
}
