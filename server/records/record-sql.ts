import type { SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { RecordTypeName, recordTypes } from '../../shared/records/record-types';
import type { DbOrTx } from '../db/client';
import type { companies, contacts } from '../db/schema';
import { companySql } from './company-sql';
import { contactSql } from './contact-sql';

export type FilterOf<N extends RecordTypeName> = z.infer<(typeof recordTypes)[N]['filterSchema']>;

/** What a search adds to a list's conditions, and whether it narrows the list to few rows; null when nothing matches. */
export type SearchPlan = { conditions: SQL[]; narrow: boolean } | null;

/**
 * A record type as SQL: the server half of its declaration (shared/records/). The generic list,
 * ids, count, bulk, trash and history code (record-list.ts, record-list.routes.ts, records.routes.ts)
 * reads only this.
 */
export type RecordSql<F extends { sort: string }> = {
  table: typeof companies | typeof contacts;
  /** The SQL of each filter key the declaration names (`q`, `sort` and `dir` are not filters). */
  filters: {
    [K in Exclude<keyof F, 'q' | 'sort' | 'dir'>]-?: (value: NonNullable<F[K]>, workspaceId: string) => SQL | SQL[] | undefined;
  };
  /**
   * Filters an index answers directly, as SELECTs of rowids: when one matches few rows, those are
   * looked up and sorted instead of walking the sort index past everyone else.
   */
  indexedFilters: (filter: Partial<F>, workspaceId: string) => SQL[];
  /** The search box: the plan keeps each type's own indexes (FTS, links) fast. */
  search: (db: DbOrTx, q: string) => Promise<SearchPlan>;
  /** Each sort key as the ORDER BY expression and as the value a paging cursor keeps. */
  sorts: Record<F['sort'], { order: SQL; value: SQL<string | number> }>;
  /** What breaks ties in every order, and how the cursor's copy of it reads back (rowid is a number). */
  tie: { sql: SQL<string | number>; fromCursor: (value: string) => string | number };
};

/** Every record type's SQL, by entity name. */
export const recordSql: { [N in RecordTypeName]: RecordSql<FilterOf<N>> } = { company: companySql, contact: contactSql };
