import { and, desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema } from '../../shared/entities/base';
import { MergeRequestSchema } from '../../shared/duplicates/merge-values';
import { requireAuth } from '../auth/require-auth';
import { merges, users } from '../db/schema';
import type { AppEnv, Deps } from '../deps';
import { mergeRecords, undoMerge } from '../domain/merge-records';
import { validate } from '../http/validate';

export const MergeBody = MergeRequestSchema.extend({
  entity: z.enum(['company', 'contact']),
  survivorId: IdSchema,
});
export const MergeListQuery = z.object({ entity: z.enum(['company', 'contact']), survivorId: IdSchema });
const IdParam = z.object({ id: IdSchema });

/** Merging duplicates (`/api/merges`) and taking a merge back from the survivor's history. */
export function mergesRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .use(requireAuth(deps))
    .post('/', validate('json', MergeBody), async (c) => {
      const { entity, survivorId, ...request } = c.req.valid('json');
      return c.json(await mergeRecords(deps, c.get('auth'), entity, survivorId, request), 201);
    })
    .get('/', validate('query', MergeListQuery), async (c) => {
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
      return c.json({ items });
    })
    .post('/:id/undo', validate('param', IdParam), async (c) => {
      return c.json(await undoMerge(deps, c.get('auth'), c.req.valid('param').id));
    });
}
