import { and, desc, eq, isNotNull, isNull, notInArray } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import { recordsApi, type TrashItemSchema } from '../../shared/api/records.api';
import { recordTypes } from '../../shared/records/record-types';
import type { z } from 'zod';
import { requireAuth } from '../auth/require-auth';
import { merges } from '../db/schema';
import type { AppEnv, Deps } from '../deps';
import { runMutation } from '../domain/run-mutation';
import { AppError } from '../http/app-error';
import { apiRouter, route } from '../http/api-router';
import { recordSql } from './record-sql';

const adminOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.get('auth').role !== 'admin') throw new AppError(403, 'forbidden', 'Only admins see the trash');
  await next();
};

/** Deleted records of every record type (admins only), and restoring them. */
export function trashRoutes(deps: Deps) {
  const auth = requireAuth(deps);
  /** Records merged into another (and not taken back): they live on in the survivor, not in the trash. */
  const mergedAway = (workspaceId: string) =>
    deps.db
      .select({ id: merges.mergedId })
      .from(merges)
      .where(and(eq(merges.workspaceId, workspaceId), isNull(merges.undoneAt)));
  return apiRouter()
    .openapi(route(recordsApi.trash, auth, adminOnly), async (c) => {
      const { table } = recordSql[c.req.valid('query').entity];
      const { workspaceId } = c.get('auth');
      const items = await deps.db
        .select()
        .from(table)
        .where(and(eq(table.workspaceId, workspaceId), isNotNull(table.deletedAt), notInArray(table.id, mergedAway(workspaceId))))
        .orderBy(desc(table.deletedAt))
        .limit(500);
      // The table's row is the type's schema, as every read of it answers.
      return c.json({ items: items as z.infer<typeof TrashItemSchema>[] }, 200);
    })
    .openapi(route(recordsApi.restore, auth, adminOnly), async (c) => {
      const { entity, id } = c.req.valid('param');
      const [merge] = await deps.db
        .select({ survivorId: merges.survivorId })
        .from(merges)
        .where(and(eq(merges.workspaceId, c.get('auth').workspaceId), eq(merges.mergedId, id), isNull(merges.undoneAt)));
      if (merge) {
        throw new AppError(
          409,
          'conflict',
          `This ${entity} was merged into ${merge.survivorId}: undo the merge from that record's history instead`,
        );
      }
      await runMutation(deps, c.get('auth'), recordTypes[entity].restoreMutation, { id });
      return c.json({ ok: true as const }, 200);
    });
}
