import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { RegisterCompany } from '../../shared/registers/register-company';

/**
 * The local mirror of the national registers (public data, shared by every workspace): one row
 * per unit, its whole `RegisterCompany` in `data`, the columns the typeahead needs beside it.
 * `register_units_fts` (FTS5, migration 0010) indexes the names, kept by triggers.
 */
export const registerUnits = sqliteTable(
  'register_units',
  {
    rowid: integer('id').primaryKey(),
    country: text('country').notNull(),
    orgNumber: text('org_number').notNull(),
    name: text('name').notNull(),
    /** The name folded for prefix search (`registerNameKey`). */
    nameKey: text('name_key').notNull(),
    orgForm: text('org_form'),
    city: text('city'),
    status: text('status').notNull(),
    parentOrgNumber: text('parent_org_number'),
    data: text('data', { mode: 'json' }).$type<RegisterCompany>().notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('register_units_number').on(t.country, t.orgNumber),
    index('register_units_parent').on(t.country, t.parentOrgNumber),
  ],
);

/** Per country: how far the updates job has read the register's change feed. */
export const registerFeeds = sqliteTable('register_feeds', {
  country: text('country').primaryKey(),
  /** The register's own position in its feed (Brreg: the last `oppdateringsid`). */
  position: text('position'),
  /** When the register's bulk file was last imported (and, for Norway, where its feed starts). */
  lastRunAt: integer('last_run_at'),
  /** When the updates job last followed the register without failing. */
  checkedAt: integer('checked_at'),
  lastError: text('last_error'),
});
