import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Contact } from '../../shared/entities/contact';
import { compactOrgNumber } from '../../shared/org-number/compact-org-number';
import type { DbOrTx } from '../db/client';
import { companies, contactCompanies, contacts } from '../db/schema';
import { decodeCursor, encodeCursor, likePattern, type ListQuery } from './list-query';
import { ftsMatch, ftsPhrase } from './text-search';

const sortName = sql`coalesce(${contacts.lastName}, '') || ' ' || ${contacts.firstName} collate nocase`;

/**
 * Search as 24SevenOffice users know it: any part of a first or last name ("hanse" finds Hansen
 * and Johansen), any e-mail, a phone number in any format, or a company the person works at by
 * name, org number (with or without spaces) or domain.
 */
function contactMatches(q: string): SQL {
  const digits = q.replace(/\D/g, '');
  const org = compactOrgNumber(q);
  const text = ftsPhrase(q);
  if (!text) return likeMatches(q);
  const digitsPhrase = digits.length >= 4 && digits !== q.trim() ? ftsPhrase(digits) : null;
  const orgPhrase = org.length >= 4 && org !== q.trim().toUpperCase() ? ftsPhrase(org) : null;
  const companyMatch = or(
    ftsMatch('companies', text, sql`co.rowid`),
    orgPhrase ? ftsMatch('companies', orgPhrase, sql`co.rowid`) : undefined,
  );
  // Uncorrelated, so SQLite unions index lookups instead of checking every contact's companies.
  const atCompany = sql`${contacts.id} in (select cc.contact_id from ${contactCompanies} cc join ${companies} co on co.id = cc.company_id
    where cc.deleted_at is null and co.deleted_at is null and ${companyMatch})`;
  return or(ftsMatch('contacts', text), digitsPhrase ? ftsMatch('contacts', digitsPhrase) : undefined, atCompany)!;
}

/** Input too short for the trigram index (one or two characters). */
function likeMatches(q: string): SQL {
  const pattern = likePattern(q);
  return or(
    sql`${contacts.firstName} like ${pattern} escape '\\'`,
    sql`${contacts.lastName} like ${pattern} escape '\\'`,
    sql`${contacts.emails} like ${likePattern(q.toLowerCase())} escape '\\'`,
  )!;
}

/** A page of the workspace's live contacts by last name, matching `q` (see contactMatches). */
export async function listContacts(db: DbOrTx, workspaceId: string, query: ListQuery) {
  const conditions: (SQL | undefined)[] = [eq(contacts.workspaceId, workspaceId), isNull(contacts.deletedAt)];
  if (query.q) conditions.push(contactMatches(query.q));
  const after = decodeCursor(query.cursor);
  if (after) conditions.push(sql`(${sortName} > ${after[0]} or (${sortName} = ${after[0]} and ${contacts.id} > ${after[1]}))`);
  const rows = (await db
    .select({ contact: contacts, sortKey: sortName })
    .from(contacts)
    .where(and(...conditions))
    .orderBy(sortName, contacts.id)
    .limit(query.limit + 1)) as { contact: Contact; sortKey: string }[];
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return {
    items: items.map((r) => r.contact),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.sortKey, last.contact.id) : null,
  };
}

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
