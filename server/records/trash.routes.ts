import { trashApi } from '../../shared/api/trash.api';
import { requireAuth } from '../auth/require-auth';
import type { Deps } from '../deps';
import { listTrash, restoreFromTrash, trashItem } from '../domain/trash';
import { apiRouter, route } from '../http/api-router';

/** Deleted records and timeline items, one of them for its old link, and restoring them (server/domain/trash.ts). */
export function trashRoutes(deps: Deps) {
  const auth = requireAuth(deps);
  return apiRouter()
    .openapi(route(trashApi.list, auth), async (c) =>
      c.json({ items: await listTrash(deps, c.get('auth'), c.req.valid('query').entity) }, 200),
    )
    .openapi(route(trashApi.item, auth), async (c) => {
      const { entity, id } = c.req.valid('param');
      return c.json({ item: await trashItem(deps, c.get('auth'), entity, id) }, 200);
    })
    .openapi(route(trashApi.restore, auth), async (c) => {
      const { entity, id } = c.req.valid('param');
      await restoreFromTrash(deps, c.get('auth'), entity, id);
      return c.json({ ok: true as const }, 200);
    });
}
