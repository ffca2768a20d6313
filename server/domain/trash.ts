import { and, desc, eq, isNotNull, isNull, notInArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { TrashItemSchema } from '../../shared/api/records.api';
import { recordTypes, type RecordTypeName } from '../../shared/records/record-types';
import { entityDbTables } from '../db/entity-db-tables';
import { merges } from '../db/schema';
import type { AuthContext, Deps } from '../deps';
import { AppError } from '../http/app-error';
import { runMutation } from './run-mutation';

/** Seeing and emptying the trash is the admins': a member learns nothing of what is in it. */
function requireAdmin(auth: AuthContext) {
  if (auth.role !== 'admin') throw new AppError(403, 'forbidden', { key: 'errors.admin.trash' });
}

/** Records merged into another (and not taken back): they live on in the survivor, not in the trash. */
const mergedAway = (deps: Deps, workspaceId: string) =>
  deps.db
    .select({ id: merges.mergedId })
    .from(merges)
    .where(and(eq(merges.workspaceId, workspaceId), isNull(merges.undoneAt)));

/** Deleted records of one record type, newest first, at most 500. */
export async function listTrash(deps: Deps, auth: AuthContext, entity: RecordTypeName) {
  requireAdmin(auth);
  const table = entityDbTables[entity];
  const items = await deps.db
    .select()
    .from(table)
    .where(
      and(
        eq(table.workspaceId, auth.workspaceId),
        isNotNull(table.deletedAt),
        notInArray(table.id, mergedAway(deps, auth.workspaceId)),
      ),
    )
    .orderBy(desc(table.deletedAt))
    .limit(500);
  // The table's row is the type's schema, as every read of it answers.
  return items as z.infer<typeof TrashItemSchema>[];
}

/**
 * Brings a record back with its type's restore mutation, which checks the role again and refuses a
 * record merged into another (server-rules.ts), as a push of it would be refused.
 */
export async function restoreFromTrash(deps: Deps, auth: AuthContext, entity: RecordTypeName, id: string) {
  requireAdmin(auth);
  await runMutation(deps, auth, recordTypes[entity].restoreMutation, { id });
}
