import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { CompanyFilter } from '../../shared/filters/company-filter';
import type { Company } from '../../shared/entities/company';
import type { DbOrTx } from '../db/client';
import { companies, contactCompanies, contacts } from '../db/schema';
import { companyFilterConditions, companySortKeys, companyTextRowids } from './company-filter-sql';
import { matchPlan } from './text-search';
import { AppError } from '../http/app-error';
import { decodeCursor, encodeCursor } from './list-query';

const sortName = companySortKeys.name.sql;

export type CompanyListQuery = CompanyFilter & { limit: number; cursor?: string };

/** A page of the workspace's live companies matching the filter, in the filter's order (keyset paging). */
export async function listCompanies(db: DbOrTx, workspaceId: string, query: CompanyListQuery) {
  const textRowids = query.q ? companyTextRowids(query.q) : null;
  const narrow = textRowids !== null && !(await matchPlan(db, textRowids)).broad;
  const conditions: SQL[] = [
    // `+` keeps SQLite off the name index when a few text matches are cheaper looked up by rowid and sorted.
    narrow ? sql`+${companies.workspaceId} = ${workspaceId}` : eq(companies.workspaceId, workspaceId),
    isNull(companies.deletedAt),
    ...companyFilterConditions(query),
  ];
  const key = companySortKeys[query.sort];
  const desc = query.dir === 'desc';
  const after = decodeCursor(query.cursor);
  if (after) {
    const [value, id] = after;
    conditions.push(
      desc
        ? sql`(${key.sql} < ${value} or (${key.sql} = ${value} and ${companies.id} < ${id}))`
        : sql`(${key.sql} > ${value} or (${key.sql} = ${value} and ${companies.id} > ${id}))`,
    );
  }
  const order = desc ? [sql`${key.sql} desc`, sql`${companies.id} desc`] : [key.sql, companies.id];
  const rows = (await db
    .select()
    .from(companies)
    .where(and(...conditions))
    .orderBy(...order)
    .limit(query.limit + 1)) as Company[];
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(key.of(last), last.id) : null };
}

/** Every id matching the filter: the selection a bulk action walks through in chunks. */
export async function companyIds(db: DbOrTx, workspaceId: string, filter: CompanyFilter): Promise<string[]> {
  const rows = await db
    .select({ id: companies.id })
    .from(companies)
    .where(and(eq(companies.workspaceId, workspaceId), isNull(companies.deletedAt), ...companyFilterConditions(filter)))
    .orderBy(companySortKeys[filter.sort].sql, companies.id);
  return rows.map((r) => r.id);
}

export async function getCompany(db: DbOrTx, workspaceId: string, id: string): Promise<Company | undefined> {
  const [row] = await db
    .select()
    .from(companies)
    .where(and(eq(companies.id, id), eq(companies.workspaceId, workspaceId), isNull(companies.deletedAt)));
  return row as Company | undefined;
}

/** The live company of the workspace, or a 404 for the caller. */
export async function liveCompanyOr404(db: DbOrTx, workspaceId: string, id: string): Promise<Company> {
  const company = await getCompany(db, workspaceId, id);
  if (!company) throw new AppError(404, 'notFound', 'Company not found');
  return company;
}

/** Departments and subsidiaries directly under the company. */
export async function unitsOf(db: DbOrTx, workspaceId: string, companyId: string) {
  return db
    .select({
      id: companies.id,
      name: companies.name,
      orgNumber: companies.orgNumber,
      city: sql<string | null>`json_extract(${companies.address}, '$.city')`,
    })
    .from(companies)
    .where(and(eq(companies.workspaceId, workspaceId), eq(companies.parentId, companyId), isNull(companies.deletedAt)))
    .orderBy(sortName);
}

/** The company's live contacts with their position there, primary contacts first. */
export async function contactsOfCompany(db: DbOrTx, workspaceId: string, companyId: string) {
  const rows = await db
    .select({
      contact: contacts,
      linkId: contactCompanies.id,
      position: contactCompanies.position,
      isPrimary: contactCompanies.isPrimary,
    })
    .from(contactCompanies)
    .innerJoin(contacts, eq(contacts.id, contactCompanies.contactId))
    .where(
      and(
        eq(contactCompanies.companyId, companyId),
        eq(contactCompanies.workspaceId, workspaceId),
        isNull(contactCompanies.deletedAt),
        isNull(contacts.deletedAt),
      ),
    )
    .orderBy(sql`${contacts.lastName} collate nocase`, sql`${contacts.firstName} collate nocase`);
  return rows;
}
