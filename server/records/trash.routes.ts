import { and, desc, eq, isNotNull, isNull, notInArray } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema } from '../../shared/entities/base';
import { requireAuth } from '../auth/require-auth';
import { companies, contacts, merges } from '../db/schema';
import type { AppEnv, Deps } from '../deps';
import { runMutation } from '../domain/run-mutation';
import { AppError } from '../http/app-error';
import { validate } from '../http/validate';

const Entity = z.enum(['company', 'contact']);

/** Records merged into another (and not taken back): they live on in the survivor, not in the trash. */
const mergedAway = (deps: Deps, workspaceId: string) =>
  deps.db
    .select({ id: merges.mergedId })
    .from(merges)
    .where(and(eq(merges.workspaceId, workspaceId), isNull(merges.undoneAt)));

const notIn = (subquery: ReturnType<typeof mergedAway>, column: typeof companies.id | typeof contacts.id) =>
  notInArray(column, subquery);

/** Deleted companies and contacts (admins only), and restoring them. */
export function trashRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .use(requireAuth(deps))
    .use(async (c, next) => {
      if (c.get('auth').role !== 'admin') throw new AppError(403, 'forbidden', 'Only admins see the trash');
      await next();
    })
    .get('/', validate('query', z.object({ entity: Entity.default('company') })), async (c) => {
      const { entity } = c.req.valid('query');
      const table = entity === 'company' ? companies : contacts;
      const items = await deps.db
        .select()
        .from(table)
        .where(
          and(
            eq(table.workspaceId, c.get('auth').workspaceId),
            isNotNull(table.deletedAt),
            notIn(mergedAway(deps, c.get('auth').workspaceId), table.id),
          ),
        )
        .orderBy(desc(table.deletedAt))
        .limit(500);
      return c.json({ items });
    })
    .post('/:entity/:id/restore', validate('param', z.object({ entity: Entity, id: IdSchema })), async (c) => {
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
      await runMutation(deps, c.get('auth'), entity === 'company' ? 'company.restore' : 'contact.restore', { id });
      return c.json({ ok: true });
    });
}
