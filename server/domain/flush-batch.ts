import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { EntityName } from '../../shared/entities/registry';
import type { Tx } from '../db/client';
import { entityTables } from '../db/entity-tables';
import { auditLog, workspaces } from '../db/schema';
import type { BatchStore } from './batch-store';

// libSQL allows 32,766 bound parameters per statement; stay well under it.
const MAX_PARAMS = 30_000;

/** Bumps the workspace version once and writes the batch's rows and audit entries with it. */
export async function flushBatch(tx: Tx, store: BatchStore, workspaceId: string, userId: string, now: number) {
  const [bumped] = await tx
    .update(workspaces)
    .set({ version: sql`${workspaces.version} + 1` })
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
  for (const [entity, rows] of byEntity) await upsertRows(tx, entityTables[entity], rows);

  const audit = store.audit.map((a) => ({ ...a, workspaceId, userId, version, at: now }));
  await insertChunked(tx, auditLog, audit, 9);
  return version;
}

async function upsertRows(tx: Tx, table: SQLiteTable, rows: Record<string, unknown>[]) {
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => key !== 'id');
  const set = Object.fromEntries(columns.map(([key, col]) => [key, sql.raw(`excluded."${col.name}"`)]));
  const perChunk = Math.max(1, Math.floor(MAX_PARAMS / (columns.length + 1)));
  for (let i = 0; i < rows.length; i += perChunk) {
    await tx
      .insert(table)
      .values(rows.slice(i, i + perChunk) as never)
      .onConflictDoUpdate({ target: (table as unknown as { id: never }).id, set });
  }
}

async function insertChunked(tx: Tx, table: SQLiteTable, rows: Record<string, unknown>[], columns: number) {
  const perChunk = Math.floor(MAX_PARAMS / columns);
  for (let i = 0; i < rows.length; i += perChunk) {
    await tx.insert(table).values(rows.slice(i, i + perChunk) as never);
  }
}
