import { and, eq, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { Company } from '../../shared/entities/company';
import { compactOrgNumber } from '../../shared/org-number/compact-org-number';
import type { DbOrTx } from '../db/client';
import { companies, contactCompanies, contacts } from '../db/schema';
import { decodeCursor, encodeCursor, likePattern, type ListQuery } from './list-query';

const sortName = sql`${companies.name} collate nocase`;

/** A page of the workspace's live companies by name, matching `q` in name, domain or org number. */
export async function listCompanies(db: DbOrTx, workspaceId: string, query: ListQuery) {
  const conditions: (SQL | undefined)[] = [eq(companies.workspaceId, workspaceId), isNull(companies.deletedAt)];
  if (query.q) {
    const compact = compactOrgNumber(query.q);
    conditions.push(
      or(
        sql`${companies.name} like ${likePattern(query.q)} escape '\\'`,
        sql`${companies.domain} like ${likePattern(query.q.toLowerCase())} escape '\\'`,
        compact ? like(companies.orgNumber, likePattern(compact)) : undefined,
      ),
    );
  }
  const after = decodeCursor(query.cursor);
  if (after) conditions.push(sql`(${sortName} > ${after[0]} or (${sortName} = ${after[0]} and ${companies.id} > ${after[1]}))`);
  const rows = (await db
    .select()
    .from(companies)
    .where(and(...conditions))
    .orderBy(sortName, companies.id)
    .limit(query.limit + 1)) as Company[];
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last.name, last.id) : null };
}

export async function getCompany(db: DbOrTx, workspaceId: string, id: string): Promise<Company | undefined> {
  const [row] = await db
    .select()
    .from(companies)
    .where(and(eq(companies.id, id), eq(companies.workspaceId, workspaceId), isNull(companies.deletedAt)));
  return row as Company | undefined;
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
