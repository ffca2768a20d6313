import type { Client, Transaction } from '@libsql/client';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

// libSQL allows 32,766 bound parameters per statement; stay well under it.
const MAX_PARAMS = 30_000;

/**
 * Multi-row INSERT (or upsert on `id`) of rows keyed like the drizzle table, values converted
 * by each column's own driver mapping (JSON text, booleans as integers).
 */
export async function rawInsert(tx: Transaction | Client, table: SQLiteTable, rows: Record<string, unknown>[], upsertOn?: 'id') {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table)).filter(([key, col]) => key in rows[0]! || !col.hasDefault);
  const names = columns.map(([, col]) => `"${col.name}"`);
  const onConflict = upsertOn
    ? ` on conflict("id") do update set ${names
        .filter((n) => n !== '"id"')
        .map((n) => `${n} = excluded.${n}`)
        .join(', ')}`
    : '';
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const tuple = `(${columns.map(() => '?').join(',')})`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const args: unknown[] = [];
    for (const row of chunk) {
      for (const [key, col] of columns) {
        const value = row[key];
        args.push(value === undefined || value === null ? null : col.mapToDriverValue(value));
      }
    }
    const sql = `insert into "${getTableName(table)}" (${names.join(',')}) values ${chunk.map(() => tuple).join(',')}${onConflict}`;
    await tx.execute({ sql, args: args as never });
  }
}
