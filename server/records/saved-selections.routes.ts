import { savedSelectionsApi } from '../../shared/api/saved-selections.api';
import { requireAuth } from '../auth/require-auth';
import type { Deps } from '../deps';
import { createSelection, deleteSelection, listSelections, updateSelection } from '../domain/saved-selections';
import { apiRouter, route } from '../http/api-router';

/**
 * Saved selections: named list filters, private to their owner or shared with the workspace. Who
 * may change which is the domain's rule (server/domain/saved-selections.ts).
 */
export function savedSelectionsRoutes(deps: Deps) {
  const auth = requireAuth(deps);
  return apiRouter()
    .openapi(route(savedSelectionsApi.list, auth), async (c) =>
      c.json({ items: await listSelections(deps.db, c.get('auth'), c.req.valid('query').entity) }, 200),
    )
    .openapi(route(savedSelectionsApi.create, auth), async (c) =>
      c.json({ item: await createSelection(deps, c.get('auth'), c.req.valid('json')) }, 201),
    )
    .openapi(route(savedSelectionsApi.update, auth), async (c) =>
      c.json({ item: await updateSelection(deps, c.get('auth'), c.req.valid('param').id, c.req.valid('json')) }, 200),
    )
    .openapi(route(savedSelectionsApi.remove, auth), async (c) => {
      await deleteSelection(deps, c.get('auth'), c.req.valid('param').id);
      return c.json({ ok: true as const }, 200);
    });
}
