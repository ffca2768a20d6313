import { duplicatesApi } from '../../shared/api/duplicates.api';
import { requireAuth } from '../auth/require-auth';
import type { Deps } from '../deps';
import { apiRouter, route } from '../http/api-router';
import { findContactDuplicates } from './contact-duplicates';
import { findDuplicatePairs } from './find-duplicates';

/** The "find duplicates" view (`/api/duplicates`) and the contact check before a create. */
export function duplicatesRoutes(deps: Deps) {
  const auth = requireAuth(deps);
  return apiRouter()
    .openapi(route(duplicatesApi.pairs, auth), async (c) => {
      const { entity, limit } = c.req.valid('query');
      return c.json({ pairs: await findDuplicatePairs(deps.db, c.get('auth').workspaceId, entity, limit) }, 200);
    })
    .openapi(route(duplicatesApi.contact, auth), async (c) => {
      return c.json({ matches: await findContactDuplicates(deps.db, c.get('auth').workspaceId, c.req.valid('query')) }, 200);
    });
}
