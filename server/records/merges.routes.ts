import { and, desc, eq } from 'drizzle-orm';
import { duplicatesApi } from '../../shared/api/duplicates.api';
import { requireAuth } from '../auth/require-auth';
import { merges, users } from '../db/schema';
import type { Deps } from '../deps';
import { mergeRecords, undoMerge } from '../domain/merge-records';
import { apiRouter, route } from '../http/api-router';

/** Merging duplicates (`/api/merges`) and taking a merge back from the survivor's history. */
export function mergesRoutes(deps: Deps) {
  const auth = requireAuth(deps);
  return apiRouter()
    .openapi(route(duplicatesApi.merge, auth), async (c) => {
      const { entity, survivorId, ...request } = c.req.valid('json');
      return c.json(await mergeRecords(deps, c.get('auth'), entity, survivorId, request), 201);
    })
    .openapi(route(duplicatesApi.merges, auth), async (c) => {
      const { entity, survivorId } = c.req.valid('query');
      const items = await deps.db
        .select({
          id: merges.id,
          mergedId: merges.mergedId,
          at: merges.at,
          user: { id: merges.userId, name: users.name },
          undoneAt: merges.undoneAt,
        })
        .from(merges)
        .leftJoin(users, eq(users.id, merges.userId))
        .where(
          and(eq(merges.workspaceId, c.get('auth').workspaceId), eq(merges.entity, entity), eq(merges.survivorId, survivorId)),
        )
        .orderBy(desc(merges.at));
      return c.json({ items }, 200);
    })
    .openapi(route(duplicatesApi.undo, auth), async (c) => {
      return c.json(await undoMerge(deps, c.get('auth'), c.req.valid('param').id), 200);
    });
}
