import { and, desc, eq, inArray, isNotNull, isNull, notInArray, or } from 'drizzle-orm';
import type { TrashEntity, TrashItem } from '../../shared/api/trash.api';
import { entityText } from '../../shared/mutations/error-text';
import { trashTitle } from '../../shared/records/trash-title';
import { canSee } from '../../shared/visibility/can-see';
import { entityDbTables } from '../db/entity-db-tables';
import { auditLog, merges, notes, users } from '../db/schema';
import type { AuthContext, Deps } from '../deps';
import { AppError } from '../http/app-error';
import { runMutation } from './run-mutation';

type Row = Record<string, unknown> & { id: string; deletedAt: number | null };

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

/** In the trash for this caller: deleted, in their workspace, not merged away, and theirs to see (canSee). */
function inTrash(deps: Deps, auth: AuthContext, entity: TrashEntity) {
  const table = entityDbTables[entity];
  const where = [
    eq(table.workspaceId, auth.workspaceId),
    isNotNull(table.deletedAt),
    notInArray(table.id, mergedAway(deps, auth.workspaceId)),
  ];
  // canSee's rule for notes, in SQL so others' private notes do not take places in the 500.
  if (entity === 'note') where.push(or(eq(notes.isPrivate, false), eq(notes.createdBy, auth.userId))!);
  return and(...where);
}

/**
 * Who deleted each record and when: the newest `delete` line of the audit log per record, the one
 * the history shows too (the row's own deletedAt is the same moment).
 */
async function deleters(deps: Deps, auth: AuthContext, entity: TrashEntity, ids: string[]) {
  if (ids.length === 0) return new Map<string, { id: string; name: string | null }>();
  const lines = await deps.db
    .select({ recordId: auditLog.recordId, userId: auditLog.userId, name: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(
      and(
        eq(auditLog.workspaceId, auth.workspaceId),
        eq(auditLog.entity, entity),
        eq(auditLog.action, 'delete'),
        inArray(auditLog.recordId, ids),
      ),
    )
    .orderBy(desc(auditLog.version), desc(auditLog.id));
  const byRecord = new Map<string, { id: string; name: string | null }>();
  for (const l of lines) if (!byRecord.has(l.recordId)) byRecord.set(l.recordId, { id: l.userId, name: l.name });
  return byRecord;
}

async function toItems(deps: Deps, auth: AuthContext, entity: TrashEntity, rows: Row[]): Promise<TrashItem[]> {
  const visible = rows.filter((row) => canSee(entity, row, auth));
  const who = await deleters(
    deps,
    auth,
    entity,
    visible.map((r) => r.id),
  );
  return visible.map((row) => ({
    entity,
    id: row.id,
    title: trashTitle(entity, row),
    deletedAt: row.deletedAt!,
    deletedBy: who.get(row.id) ?? null,
  }));
}

/** Deleted records of one type, newest first, at most 500. */
export async function listTrash(deps: Deps, auth: AuthContext, entity: TrashEntity) {
  requireAdmin(auth);
  const table = entityDbTables[entity];
  const rows = await deps.db
    .select()
    .from(table)
    .where(inTrash(deps, auth, entity))
    .orderBy(desc(table.deletedAt))
    .limit(500);
  return toItems(deps, auth, entity, rows as Row[]);
}

/**
 * One deleted record, for its old link: anyone who may see it learns it is in the trash, and by
 * whom (the history tells them as much). Alive, merged away, hidden or another workspace's: 404.
 */
export async function trashItem(deps: Deps, auth: AuthContext, entity: TrashEntity, id: string) {
  const table = entityDbTables[entity];
  const rows = await deps.db
    .select()
    .from(table)
    .where(and(eq(table.id, id), inTrash(deps, auth, entity)));
  const [item] = await toItems(deps, auth, entity, rows as Row[]);
  if (!item) throw new AppError(404, 'notFound', { key: 'errors.trash.noSuch', values: { entity: entityText(entity) } });
  return item;
}

/**
 * Brings a record back with its type's restore mutation, which checks the role and visibility again
 * and refuses a record merged into another (server-rules.ts), as a push of it would be refused.
 */
export async function restoreFromTrash(deps: Deps, auth: AuthContext, entity: TrashEntity, id: string) {
  requireAdmin(auth);
  await runMutation(deps, auth, `${entity}.restore`, { id });
}
