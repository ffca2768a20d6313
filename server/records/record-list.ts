import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { RecordTypeName } from '../../shared/records/record-types';
import type { DbOrTx } from '../db/client';
import { decodeCursor, encodeCursor } from './list-query';
import { recordSql, type FilterOf, type RecordSql } from './record-sql';
import { matchPlan } from './text-search';

type AnyFilter = { q?: string; sort: string; dir: 'asc' | 'desc' } & Record<string, unknown>;
/** The generic code reads every type's SQL the same way; the entries are typed per type in record-sql.ts. */
const sqlOf = (type: RecordTypeName) => recordSql[type] as unknown as RecordSql<AnyFilter>;

function filterConditions(entry: RecordSql<AnyFilter>, filter: AnyFilter, workspaceId: string): SQL[] {
  const out: SQL[] = entry.indexedFilters(filter, workspaceId).map((rowids) => sql`${entry.table}.rowid in (${rowids})`);
  const filters = entry.filters as Record<string, (value: unknown, workspaceId: string) => SQL | SQL[] | undefined>;
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || !Object.hasOwn(filters, key)) continue;
    const condition = filters[key]!(value, workspaceId);
    if (condition) out.push(...(Array.isArray(condition) ? condition : [condition]));
  }
  return out;
}

/**
 * The conditions that pick the workspace's live records matching the search and the filter, in
 * the cheaper of two plans: walk the sort index keeping the rows that match (one page needs few
 * of them), or, when the search or an indexed filter matches few rows, look those up by rowid
 * and sort them.
 */
export async function recordConditions(db: DbOrTx, type: RecordTypeName, workspaceId: string, filter: FilterOf<RecordTypeName>) {
  const entry = sqlOf(type);
  const f = filter as AnyFilter;
  const search = f.q ? await entry.search(db, f.q) : { conditions: [], narrow: false };
  if (!search) return [sql`0`];
  const byFilter = await Promise.all(entry.indexedFilters(f, workspaceId).map((r) => matchPlan(db, [r])));
  if (byFilter.some((plan) => plan.rowids.length === 0)) return [sql`0`];
  const narrow = search.narrow || byFilter.some((plan) => !plan.broad);
  return [
    // `+` keeps SQLite off the sort index, so it looks the few matches up by rowid and sorts them.
    narrow ? sql`+${entry.table.workspaceId} = ${workspaceId}` : eq(entry.table.workspaceId, workspaceId),
    isNull(entry.table.deletedAt),
    ...search.conditions,
    ...filterConditions(entry, f, workspaceId),
  ];
}

/** The list's order: the sort key, then the type's tie-breaker, both in the filter's direction. */
export function recordOrder(type: RecordTypeName, sort: string, dir: 'asc' | 'desc'): SQL[] {
  const entry = sqlOf(type);
  const { order } = entry.sorts[sort]!;
  return dir === 'desc' ? [sql`${order} desc`, sql`${entry.tie.sql} desc`] : [order, entry.tie.sql];
}

export type RecordListQuery<N extends RecordTypeName> = FilterOf<N> & { limit: number; cursor?: string };

/** A page of the workspace's live records matching the filter, in the filter's order (keyset paging, opaque cursor). */
export async function listRecords<N extends RecordTypeName, Row>(
  db: DbOrTx,
  type: N,
  workspaceId: string,
  query: RecordListQuery<N>,
) {
  const entry = sqlOf(type);
  const { sort, dir, limit, cursor } = query as unknown as AnyFilter & { limit: number; cursor?: string };
  const conditions = await recordConditions(db, type, workspaceId, query);
  const key = entry.sorts[sort]!;
  const after = decodeCursor(cursor);
  if (after) {
    const [value, tie] = [after[0], entry.tie.fromCursor(after[1])];
    const [cmp, tieSql] = [dir === 'desc' ? sql`<` : sql`>`, entry.tie.sql];
    conditions.push(sql`(${key.order} ${cmp} ${value} or (${key.order} = ${value} and ${tieSql} ${cmp} ${tie}))`);
  }
  const rows = (await db
    .select({ row: entry.table, sortKey: key.value, tie: entry.tie.sql })
    .from(entry.table)
    .where(and(...conditions))
    .orderBy(...recordOrder(type, sort, dir))
    .limit(limit + 1)) as unknown as { row: Row; sortKey: string | number; tie: string | number }[];
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: items.map((r) => r.row),
    nextCursor: rows.length > limit && last ? encodeCursor(last.sortKey, String(last.tie)) : null,
  };
}

/** Every id matching the filter, in the list's order: the selection a bulk action walks through in chunks. */
export async function recordIds(db: DbOrTx, type: RecordTypeName, workspaceId: string, filter: FilterOf<RecordTypeName>) {
  const entry = sqlOf(type);
  const { sort, dir } = filter as AnyFilter;
  const rows = await db
    .select({ id: entry.table.id })
    .from(entry.table)
    .where(and(...(await recordConditions(db, type, workspaceId, filter))))
    .orderBy(...recordOrder(type, sort, dir));
  return rows.map((r) => r.id);
}

/** How many records match the filter. */
export async function recordCount(db: DbOrTx, type: RecordTypeName, workspaceId: string, filter: FilterOf<RecordTypeName>) {
  const entry = sqlOf(type);
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(entry.table)
    .where(and(...(await recordConditions(db, type, workspaceId, filter))));
  return Number(row?.n ?? 0);
}
