import { and, asc, eq, isNull } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema } from '../../shared/entities/base';
import { ListItemFieldsSchema, ListKindSchema } from '../../shared/entities/list-item';
import { newId } from '../../shared/ids';
import { requireAuth } from '../auth/require-auth';
import { listItems } from '../db/schema';
import type { AppEnv, Deps } from '../deps';
import { runMutation } from '../domain/run-mutation';
import { AppError } from '../http/app-error';
import { validate } from '../http/validate';

const IdParam = z.object({ id: IdSchema });
export const ListItemCreateBody = ListItemFieldsSchema.partial({ sortOrder: true, appliesTo: true });
export const ListItemPatchBody = ListItemFieldsSchema.omit({ kind: true }).partial();

/** The workspace's configurable lists (relationship types, statuses, industries, …). */
export function settingsRoutes(deps: Deps) {
  const found = async (workspaceId: string, id: string) => {
    const [item] = await deps.db
      .select()
      .from(listItems)
      .where(and(eq(listItems.id, id), eq(listItems.workspaceId, workspaceId), isNull(listItems.deletedAt)));
    if (!item) throw new AppError(404, 'notFound', 'List value not found');
    return item;
  };
  return new Hono<AppEnv>()
    .use(requireAuth(deps))
    .get('/lists', validate('query', z.object({ kind: ListKindSchema.optional() })), async (c) => {
      const { kind } = c.req.valid('query');
      const where = [eq(listItems.workspaceId, c.get('auth').workspaceId), isNull(listItems.deletedAt)];
      if (kind) where.push(eq(listItems.kind, kind));
      const items = await deps.db
        .select()
        .from(listItems)
        .where(and(...where))
        .orderBy(asc(listItems.kind), asc(listItems.sortOrder), asc(listItems.name));
      return c.json({ items });
    })
    .post('/lists', validate('json', ListItemCreateBody), async (c) => {
      const id = newId();
      await runMutation(deps, c.get('auth'), 'listItem.create', { id, ...c.req.valid('json') });
      return c.json({ item: await found(c.get('auth').workspaceId, id) }, 201);
    })
    .patch('/lists/:id', validate('param', IdParam), validate('json', ListItemPatchBody), async (c) => {
      const { id } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), 'listItem.update', { id, patch: c.req.valid('json') });
      return c.json({ item: await found(c.get('auth').workspaceId, id) });
    })
    .delete('/lists/:id', validate('param', IdParam), async (c) => {
      const { id } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), 'listItem.delete', { id });
      return c.json({ ok: true });
    });
}
