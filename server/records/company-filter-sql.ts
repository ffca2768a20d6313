import { eq, gte, inArray, like, lte, or, sql, type SQL } from 'drizzle-orm';
import type { CompanyFilter } from '../../shared/filters/company-filter';
import { compactOrgNumber } from '../../shared/org-number/compact-org-number';
import { companies } from '../db/schema';
import { anyInArray, customFieldConditions, jsonText } from './filter-sql';
import { likePattern } from './list-query';
import { ftsPhrase, ftsRowids } from './text-search';

/** SELECTs of the rowids whose name, domain or org number (with or without spaces) contain `q`; null below three characters. */
export function companyTextRowids(q: string): SQL[] | null {
  const text = ftsPhrase(q);
  if (!text) return null;
  const compact = compactOrgNumber(q);
  const org = compact.length >= 3 && compact !== q.trim().toUpperCase() ? ftsPhrase(compact) : null;
  return [ftsRowids('companies', text), ...(org ? [ftsRowids('companies', org)] : [])];
}

function companyTextMatch(q: string): SQL | undefined {
  const rowids = companyTextRowids(q);
  if (rowids) return or(...rowids.map((r) => sql`${companies}.rowid in (${r})`));
  const compact = compactOrgNumber(q);
  return or(
    sql`${companies.name} like ${likePattern(q)} escape '\\'`,
    compact ? like(companies.orgNumber, likePattern(compact)) : undefined,
  );
}

/** The WHERE conditions of a company filter (workspace and trash are the caller's). */
export function companyFilterConditions(f: CompanyFilter): SQL[] {
  const out: (SQL | undefined)[] = [];
  if (f.q) out.push(companyTextMatch(f.q));
  if (f.relationshipTypeIds?.length) out.push(inArray(companies.relationshipTypeId, f.relationshipTypeIds));
  if (f.statusTypeIds?.length) out.push(inArray(companies.statusTypeId, f.statusTypeIds));
  if (f.industryIds?.length) out.push(inArray(companies.industryId, f.industryIds));
  if (f.departmentIds?.length) out.push(inArray(companies.departmentId, f.departmentIds));
  if (f.categoryIds?.length) out.push(anyInArray(companies.categoryIds, f.categoryIds));
  if (f.tagIds?.length) out.push(anyInArray(companies.tagIds, f.tagIds));
  if (f.ownerIds?.length) out.push(anyInArray(companies.ownerIds, f.ownerIds));
  if (f.city) out.push(sql`${jsonText(companies.address, '$.city')} like ${f.city} collate nocase`);
  if (f.postalCode) out.push(sql`${jsonText(companies.address, '$.postalCode')} like ${`${f.postalCode}%`}`);
  if (f.country) out.push(eq(companies.country, f.country));
  if (f.createdFrom !== undefined) out.push(gte(companies.createdAt, f.createdFrom));
  if (f.createdTo !== undefined) out.push(lte(companies.createdAt, f.createdTo));
  if (f.updatedFrom !== undefined) out.push(gte(companies.updatedAt, f.updatedFrom));
  if (f.updatedTo !== undefined) out.push(lte(companies.updatedAt, f.updatedTo));
  out.push(...customFieldConditions(companies.customFields, f.customFields ?? {}));
  return out.filter((c): c is SQL => c !== undefined);
}

/** The sort key of a company list, as SQL and as read from a row (for the paging cursor). */
export const companySortKeys = {
  name: { sql: sql`${companies.name} collate nocase`, of: (c: { name: string }) => c.name },
  createdAt: { sql: sql`${companies.createdAt}`, of: (c: { createdAt: number }) => c.createdAt },
  updatedAt: { sql: sql`${companies.updatedAt}`, of: (c: { updatedAt: number }) => c.updatedAt },
  customerNumber: {
    sql: sql`coalesce(${companies.customerNumber}, 0)`,
    of: (c: { customerNumber: number | null }) => c.customerNumber ?? 0,
  },
  employees: { sql: sql`coalesce(${companies.employees}, -1)`, of: (c: { employees: number | null }) => c.employees ?? -1 },
} as const;
