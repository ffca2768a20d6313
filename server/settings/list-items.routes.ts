import { and, asc, eq, isNull } from 'drizzle-orm';
import { listItemsApi } from '../../shared/api/settings-lists.api';
import { newId } from '../../shared/ids';
import { requireAuth } from '../auth/require-auth';
import { listItems } from '../db/schema';
import type { Deps } from '../deps';
import { runMutation } from '../domain/run-mutation';
import { AppError } from '../http/app-error';
import { apiRouter, route } from '../http/api-router';

/** The workspace's configurable lists (relationship types, statuses, industries, …). */
export function settingsRoutes(deps: Deps) {
  const found = async (workspaceId: string, id: string) => {
    const [item] = await deps.db
      .select()
      .from(listItems)
      .where(and(eq(listItems.id, id), eq(listItems.workspaceId, workspaceId), isNull(listItems.deletedAt)));
    if (!item) throw new AppError(404, 'notFound', { key: 'errors.notFound.listItem' });
    return item;
  };
  const auth = requireAuth(deps);
  return apiRouter()
    .openapi(route(listItemsApi.list, auth), async (c) => {
      const { kind } = c.req.valid('query');
      const where = [eq(listItems.workspaceId, c.get('auth').workspaceId), isNull(listItems.deletedAt)];
      if (kind) where.push(eq(listItems.kind, kind));
      const items = await deps.db
        .select()
        .from(listItems)
        .where(and(...where))
        .orderBy(asc(listItems.kind), asc(listItems.sortOrder), asc(listItems.name));
      return c.json({ items }, 200);
    })
    .openapi(route(listItemsApi.create, auth), async (c) => {
      const id = newId();
      await runMutation(deps, c.get('auth'), 'listItem.create', { id, ...c.req.valid('json') });
      return c.json({ item: await found(c.get('auth').workspaceId, id) }, 201);
    })
    .openapi(route(listItemsApi.update, auth), async (c) => {
      const { id } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), 'listItem.update', { id, patch: c.req.valid('json') });
      return c.json({ item: await found(c.get('auth').workspaceId, id) }, 200);
    })
    .openapi(route(listItemsApi.remove, auth), async (c) => {
      const { id } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), 'listItem.delete', { id });
      return c.json({ ok: true as const }, 200);
    });
}
