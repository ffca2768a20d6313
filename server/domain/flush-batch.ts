import { eq, sql } from 'drizzle-orm';
import type { EntityName } from '../../shared/entities/registry';
import { entityDbTables } from '../db/entity-db-tables';
import { rawInsert } from '../db/raw-upsert';
import { auditLog, workspaces } from '../db/schema';
import type { WriteTx } from '../db/write-transaction';
import type { AuthContext } from '../deps';
import type { BatchStore } from './batch-store';

/** Bumps the workspace version once and writes the batch's rows and audit entries with it. */
export async function flushBatch(tx: WriteTx, store: BatchStore, auth: AuthContext, now: number) {
  const { workspaceId, userId } = auth;
  const channel = auth.channel ?? 'api';
  const [bumped] = await tx.db
    .update(workspaces)
    .set({
      version: sql`${workspaces.version} + 1`,
      ...(store.nextCustomerNumberToSave !== null && { nextCustomerNumber: store.nextCustomerNumberToSave }),
    })
    .where(eq(workspaces.id, workspaceId))
    .returning({ version: workspaces.version });
  const version = bumped!.version;

  const byEntity = new Map<EntityName, Record<string, unknown>[]>();
  for (const { entity, row } of store.dirtyRows()) {
    row.version = version; // in place, so what the store hands back afterwards is canonical
    const list = byEntity.get(entity) ?? [];
    list.push(row);
    byEntity.set(entity, list);
  }
  for (const [entity, rows] of byEntity) await rawInsert(tx.raw, entityDbTables[entity], rows, 'id');
  const audit = store.audit.map((a) => ({ ...a, workspaceId, userId, version, at: now, channel }));
  await rawInsert(tx.raw, auditLog, audit);
  return version;
}
