import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Contact } from '../../shared/entities/contact';
import type { DbOrTx } from '../db/client';
import { companies, contactCompanies, contacts } from '../db/schema';

export async function getContact(db: DbOrTx, workspaceId: string, id: string): Promise<Contact | undefined> {
  const [row] = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.id, id), eq(contacts.workspaceId, workspaceId), isNull(contacts.deletedAt)));
  return row as Contact | undefined;
}

/** The contact's live companies with the position held at each. */
export async function companiesOfContact(db: DbOrTx, workspaceId: string, contactId: string) {
  return db
    .select({
      company: companies,
      linkId: contactCompanies.id,
      position: contactCompanies.position,
      isPrimary: contactCompanies.isPrimary,
    })
    .from(contactCompanies)
    .innerJoin(companies, eq(companies.id, contactCompanies.companyId))
    .where(
      and(
        eq(contactCompanies.contactId, contactId),
        eq(contactCompanies.workspaceId, workspaceId),
        isNull(contactCompanies.deletedAt),
        isNull(companies.deletedAt),
      ),
    )
    .orderBy(sql`${companies.name} collate nocase`);
}
