import { and, asc, eq, or } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema } from '../../shared/entities/base';
import { companyFilterFromQuery } from '../../shared/filters/company-filter';
import { contactFilterFromQuery } from '../../shared/filters/contact-filter';
import { newId } from '../../shared/ids';
import { requireAuth } from '../auth/require-auth';
import { savedSelections } from '../db/schema';
import type { AppEnv, AuthContext, Deps } from '../deps';
import { AppError } from '../http/app-error';
import { invalidInput, validate } from '../http/validate';

const Entity = z.enum(['company', 'contact']);
export const SelectionQuery = z.object({ entity: Entity.optional() });
export const SelectionBody = z.object({
  entity: Entity,
  name: z.string().trim().min(1, 'is required').max(100),
  /** The list's filter as its URL query string (`tagIds=…&country=NO&sort=name`). */
  query: z.string().max(4000),
  shared: z.boolean().default(false),
});
export const SelectionPatch = SelectionBody.omit({ entity: true }).partial();
const IdParam = z.object({ id: IdSchema });

/** A saved query must be one the list understands, so reopening it never fails. */
function checkQuery(entity: 'company' | 'contact', query: string) {
  const params = Object.fromEntries(new URLSearchParams(query));
  const parsed = entity === 'company' ? companyFilterFromQuery(params) : contactFilterFromQuery(params);
  if (!parsed.success) throw invalidInput(parsed.error, ['query']);
}

/**
 * Saved selections (`/api/selections`): named list filters, private to their owner or shared with
 * the workspace. Only the owner changes one; an admin may also delete a shared one.
 */
export function savedSelectionsRoutes(deps: Deps) {
  const visible = (auth: AuthContext) =>
    and(
      eq(savedSelections.workspaceId, auth.workspaceId),
      or(eq(savedSelections.ownerId, auth.userId), eq(savedSelections.shared, true)),
    );
  const found = async (auth: AuthContext, id: string) => {
    const [row] = await deps.db
      .select()
      .from(savedSelections)
      .where(and(eq(savedSelections.id, id), visible(auth)));
    if (!row) throw new AppError(404, 'notFound', 'Saved selection not found');
    return row;
  };
  const owned = async (auth: AuthContext, id: string, adminMay: boolean) => {
    const row = await found(auth, id);
    if (row.ownerId !== auth.userId && !(adminMay && auth.role === 'admin')) {
      throw new AppError(403, 'forbidden', 'Only its owner changes a saved selection');
    }
    return row;
  };
  return new Hono<AppEnv>()
    .use(requireAuth(deps))
    .get('/', validate('query', SelectionQuery), async (c) => {
      const { entity } = c.req.valid('query');
      const items = await deps.db
        .select()
        .from(savedSelections)
        .where(and(visible(c.get('auth')), entity ? eq(savedSelections.entity, entity) : undefined))
        .orderBy(asc(savedSelections.entity), asc(savedSelections.name));
      return c.json({ items });
    })
    .post('/', validate('json', SelectionBody), async (c) => {
      const auth = c.get('auth');
      const body = c.req.valid('json');
      checkQuery(body.entity, body.query);
      const now = Date.now();
      const id = newId();
      await deps.db
        .insert(savedSelections)
        .values({ id, workspaceId: auth.workspaceId, ownerId: auth.userId, ...body, createdAt: now, updatedAt: now });
      return c.json({ item: await found(auth, id) }, 201);
    })
    .patch('/:id', validate('param', IdParam), validate('json', SelectionPatch), async (c) => {
      const auth = c.get('auth');
      const row = await owned(auth, c.req.valid('param').id, false);
      const patch = c.req.valid('json');
      if (patch.query !== undefined) checkQuery(row.entity, patch.query);
      await deps.db
        .update(savedSelections)
        .set({ ...patch, updatedAt: Date.now() })
        .where(eq(savedSelections.id, row.id));
      return c.json({ item: await found(auth, row.id) });
    })
    .delete('/:id', validate('param', IdParam), async (c) => {
      const row = await owned(c.get('auth'), c.req.valid('param').id, true);
      await deps.db.delete(savedSelections).where(eq(savedSelections.id, row.id));
      return c.json({ ok: true });
    });
}
