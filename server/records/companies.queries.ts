import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Company } from '../../shared/entities/company';
import type { DbOrTx } from '../db/client';
import { companies, contactCompanies, contacts } from '../db/schema';
import { AppError } from '../http/app-error';

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
  if (!company) throw new AppError(404, 'notFound', { key: 'errors.notFound.company' });
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
    .orderBy(sql`${companies.name} collate nocase`);
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
