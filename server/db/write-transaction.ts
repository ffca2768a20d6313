import type { Client, InArgs, Transaction } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import type { Db } from './client';
import * as schema from './schema';

export type WriteTx = { db: Db; raw: Transaction };

/**
 * A write transaction usable two ways: through drizzle for typed reads, and raw for bulk writes,
 * where building SQL through drizzle cost more than executing it (docs/decisions.md).
 */
export async function withWriteTransaction<T>(client: Client, work: (tx: WriteTx) => Promise<T>): Promise<T> {
  const raw = await client.transaction('write');
  try {
    const db = drizzle(raw as unknown as Client, { schema });
    const result = await work({ db, raw });
    await raw.commit();
    return result;
  } catch (err) {
    await raw.rollback().catch(() => undefined);
    throw err;
  } finally {
    raw.close();
  }
}

export type RawStatement = { sql: string; args: InArgs };
