import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Contact } from '../../shared/entities/contact';
import { compactOrgNumber } from '../../shared/org-number/compact-org-number';
import type { DbOrTx } from '../db/client';
import { companies, contactCompanies, contacts } from '../db/schema';
import { decodeCursor, encodeCursor, likePattern, type ListQuery } from './list-query';
import { ftsMatch, ftsPhrase, ftsRowids, matchPlan } from './text-search';

/** The list order. Must stay the expression of the `contacts_name` index (migration 0005). */
const sortName = sql`(coalesce(${contacts.lastName}, '') || ' ' || ${contacts.firstName}) collate nocase`;

/**
 * Search as 24SevenOffice users know it: any part of a first or last name ("hanse" finds Hansen
 * and Johansen), any e-mail, a phone number in any format, or a company the person works at by
 * name, org number (with or without spaces) or domain. Returned as SELECTs of matching rowids.
 */
function contactMatchRowids(q: string): SQL[] {
  const text = ftsPhrase(q)!;
  const digits = q.replace(/\D/g, '');
  const org = compactOrgNumber(q);
  const digitsPhrase = digits.length >= 4 && digits !== q.trim() ? ftsPhrase(digits) : null;
  const orgPhrase = org.length >= 4 && org !== q.trim().toUpperCase() ? ftsPhrase(org) : null;
  const companyMatch = or(
    ftsMatch('companies', text, sql`co.rowid`),
    orgPhrase ? ftsMatch('companies', orgPhrase, sql`co.rowid`) : undefined,
  );
  const atCompany = sql`select c2.rowid from ${contactCompanies} cc join ${companies} co on co.id = cc.company_id
    join ${contacts} c2 on c2.id = cc.contact_id where cc.deleted_at is null and co.deleted_at is null and ${companyMatch}`;
  return [ftsRowids('contacts', text), ...(digitsPhrase ? [ftsRowids('contacts', digitsPhrase)] : []), atCompany];
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

/** The conditions that pick the workspace's live contacts matching `q`, in the cheaper of two plans. */
async function contactSearchConditions(db: DbOrTx, workspaceId: string, q: string | undefined): Promise<SQL[]> {
  const live = isNull(contacts.deletedAt);
  if (!q) return [eq(contacts.workspaceId, workspaceId), live];
  if (!ftsPhrase(q)) return [eq(contacts.workspaceId, workspaceId), live, likeMatches(q)];
  const { rowids, broad } = await matchPlan(db, contactMatchRowids(q));
  if (rowids.length === 0) return [sql`0`];
  if (broad) {
    // Separate IN lists (not one UNION): SQLite keeps them as lookup tables while it walks the name index.
    const any = or(...rowids.map((r) => sql`${contacts}.rowid in (${r})`))!;
    return [eq(contacts.workspaceId, workspaceId), live, any];
  }
  // `+` keeps SQLite off the name index, so it looks the few matches up by rowid and sorts them.
  return [sql`+${contacts.workspaceId} = ${workspaceId}`, live, sql`${contacts}.rowid in (${sql.join(rowids, sql` union `)})`];
}

/** A page of the workspace's live contacts by last name, matching `q` (see contactMatchRowids). */
export async function listContacts(db: DbOrTx, workspaceId: string, query: ListQuery) {
  const conditions = await contactSearchConditions(db, workspaceId, query.q);
  const rowid = sql<number>`${contacts}.rowid`;
  const after = decodeCursor(query.cursor);
  if (after) {
    const afterRowid = Number(after[1]);
    conditions.push(sql`(${sortName} > ${after[0]} or (${sortName} = ${after[0]} and ${rowid} > ${afterRowid}))`);
  }
  const rows = (await db
    .select({
      contact: contacts,
      sortKey: sql<string>`coalesce(${contacts.lastName}, '') || ' ' || ${contacts.firstName}`,
      rowid,
    })
    .from(contacts)
    .where(and(...conditions))
    .orderBy(sortName, rowid)
    .limit(query.limit + 1)) as { contact: Contact; sortKey: string; rowid: number }[];
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return {
    items: items.map((r) => r.contact),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.sortKey, String(last.rowid)) : null,
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
