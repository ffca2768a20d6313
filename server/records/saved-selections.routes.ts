import { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema } from '../../shared/entities/base';
import { requireAuth } from '../auth/require-auth';
import type { AppEnv, Deps } from '../deps';
import { createSelection, deleteSelection, listSelections, updateSelection } from '../domain/saved-selections';
import { validate } from '../http/validate';

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

/**
 * Saved selections (`/api/selections`): named list filters, private to their owner or shared with
 * the workspace. Who may change which is the domain's rule (server/domain/saved-selections.ts).
 */
export function savedSelectionsRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .use(requireAuth(deps))
    .get('/', validate('query', SelectionQuery), async (c) =>
      c.json({ items: await listSelections(deps.db, c.get('auth'), c.req.valid('query').entity) }),
    )
    .post('/', validate('json', SelectionBody), async (c) =>
      c.json({ item: await createSelection(deps, c.get('auth'), c.req.valid('json')) }, 201),
    )
    .patch('/:id', validate('param', IdParam), validate('json', SelectionPatch), async (c) =>
      c.json({ item: await updateSelection(deps, c.get('auth'), c.req.valid('param').id, c.req.valid('json')) }),
    )
    .delete('/:id', validate('param', IdParam), async (c) => {
      await deleteSelection(deps, c.get('auth'), c.req.valid('param').id);
      return c.json({ ok: true });
    });
}
