import { eq, inArray, like, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { CompanyFilter } from '../../shared/filters/company-filter';
import { compactOrgNumber } from '../../shared/org-number/compact-org-number';
import { companies } from '../db/schema';
import { anyOf, commonFilterSql } from './filter-sql';
import { likePattern } from './list-query';
import type { RecordSql } from './record-sql';
import { ftsPhrase, ftsRowids, matchPlan } from './text-search';

/** SELECTs of the rowids whose name, domain or org number (with or without spaces) contain `q`; null below three characters. */
function companyTextRowids(q: string): SQL[] | null {
  const text = ftsPhrase(q);
  if (!text) return null;
  const compact = compactOrgNumber(q);
  const org = compact.length >= 3 && compact !== q.trim().toUpperCase() ? ftsPhrase(compact) : null;
  return [ftsRowids('companies', text), ...(org ? [ftsRowids('companies', org)] : [])];
}

const oneOf = (column: AnyColumn) => (ids: string[]) => (ids.length > 0 ? inArray(column, ids) : undefined);

/** Companies as SQL (see record-sql.ts). Ties go by id, which the company sort indexes carry. */
export const companySql: RecordSql<CompanyFilter> = {
  table: companies,
  filters: {
    ...commonFilterSql(companies),
    relationshipTypeIds: oneOf(companies.relationshipTypeId),
    statusTypeIds: oneOf(companies.statusTypeId),
    industryIds: oneOf(companies.industryId),
    departmentIds: oneOf(companies.departmentId),
    ownerIds: anyOf(companies.ownerIds),
    country: (country) => eq(companies.country, country),
  },
  indexedFilters: () => [],
  async search(db, q) {
    const rowids = companyTextRowids(q);
    if (rowids) {
      // A few text matches are cheaper looked up by rowid and sorted than found walking the name index.
      const { broad } = await matchPlan(db, rowids);
      return { conditions: [or(...rowids.map((r) => sql`${companies}.rowid in (${r})`))!], narrow: !broad };
    }
    const compact = compactOrgNumber(q);
    const short = or(
      sql`${companies.name} like ${likePattern(q)} escape '\\'`,
      compact ? like(companies.orgNumber, likePattern(compact)) : undefined,
    )!;
    return { conditions: [short], narrow: false };
  },
  sorts: {
    name: { order: sql`${companies.name} collate nocase`, value: sql<string>`${companies.name}` },
    createdAt: { order: sql`${companies.createdAt}`, value: sql<number>`${companies.createdAt}` },
    updatedAt: { order: sql`${companies.updatedAt}`, value: sql<number>`${companies.updatedAt}` },
    customerNumber: {
      order: sql`coalesce(${companies.customerNumber}, 0)`,
      value: sql<number>`coalesce(${companies.customerNumber}, 0)`,
    },
    employees: { order: sql`coalesce(${companies.employees}, -1)`, value: sql<number>`coalesce(${companies.employees}, -1)` },
  },
  tie: { sql: sql<string>`${companies.id}`, fromCursor: (id) => id },
};
