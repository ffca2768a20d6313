import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { ContactWorkplace } from '../../shared/records/contact.record';
import type { DbOrTx } from '../db/client';
import { companies, contactCompanies } from '../db/schema';

/**
 * Each listed contact with the company it works at (its primary link, else its oldest), for the
 * list's Company column: one query for the page. Links to a company in the trash do not count.
 */
export async function withWorkplaces<T extends { id: string }>(db: DbOrTx, workspaceId: string, rows: T[]) {
  const ids = rows.map((r) => r.id);
  const links =
    ids.length === 0
      ? []
      : await db
          .select({
            contactId: contactCompanies.contactId,
            id: companies.id,
            name: companies.name,
            position: contactCompanies.position,
          })
          .from(contactCompanies)
          .innerJoin(companies, eq(companies.id, contactCompanies.companyId))
          .where(
            and(
              eq(contactCompanies.workspaceId, workspaceId),
              inArray(contactCompanies.contactId, ids),
              isNull(contactCompanies.deletedAt),
              isNull(companies.deletedAt),
            ),
          )
          .orderBy(desc(contactCompanies.isPrimary), asc(contactCompanies.createdAt));
  const workplace = new Map<string, ContactWorkplace>();
  for (const { contactId, ...company } of links) if (!workplace.has(contactId)) workplace.set(contactId, company);
  return rows.map((r) => ({ ...r, primaryCompany: workplace.get(r.id) ?? null }));
}
