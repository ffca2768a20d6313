import { recordsApi } from '../../shared/api/records.api';
import { requireAuth } from '../auth/require-auth';
import type { Deps } from '../deps';
import { listTrash, restoreFromTrash } from '../domain/trash';
import { apiRouter, route } from '../http/api-router';

/** Deleted records of every record type, and restoring them (admins: server/domain/trash.ts). */
export function trashRoutes(deps: Deps) {
  const auth = requireAuth(deps);
  return apiRouter()
    .openapi(route(recordsApi.trash, auth), async (c) =>
      c.json({ items: await listTrash(deps, c.get('auth'), c.req.valid('query').entity) }, 200),
    )
    .openapi(route(recordsApi.restore, auth), async (c) => {
      const { entity, id } = c.req.valid('param');
      await restoreFromTrash(deps, c.get('auth'), entity, id);
      return c.json({ ok: true as const }, 200);
    });
}
