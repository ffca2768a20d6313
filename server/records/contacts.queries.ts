import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Contact } from '../../shared/entities/contact';
import type { ContactFilter } from '../../shared/filters/contact-filter';
import { compactOrgNumber } from '../../shared/org-number/compact-org-number';
import type { DbOrTx } from '../db/client';
import { companies, contactCompanies, contacts } from '../db/schema';
import { contactFilterConditions, contactFilterRowids, type ContactFilterFields } from './contact-filter-sql';
import { decodeCursor, encodeCursor, likePattern } from './list-query';
import { ftsMatch, ftsPhrase, ftsRowids, matchPlan } from './text-search';

/** The list order. Must stay the expression of the `contacts_name` index (migration 0005). */
const sortName = sql`(coalesce(${contacts.lastName}, '') || ' ' || ${contacts.firstName}) collate nocase`;

/**
 * Each sort key as the ORDER BY expression and as the value a paging cursor keeps. Ties go by
 * rowid in every order: the name index carries it, so the default order never sorts.
 */
const contactSortKeys = {
  name: { order: sortName, value: sql<string>`coalesce(${contacts.lastName}, '') || ' ' || ${contacts.firstName}` },
  createdAt: { order: sql`${contacts.createdAt}`, value: sql<number>`${contacts.createdAt}` },
  updatedAt: { order: sql`${contacts.updatedAt}`, value: sql<number>`${contacts.updatedAt}` },
  customerNumber: {
    order: sql`coalesce(${contacts.customerNumber}, 0)`,
    value: sql<number>`coalesce(${contacts.customerNumber}, 0)`,
  },
} as const satisfies Record<ContactFilter['sort'], { order: SQL; value: SQL }>;

function contactOrder(sort: ContactFilter['sort'], dir: ContactFilter['dir']): SQL[] {
  const { order } = contactSortKeys[sort];
  const rowid = sql`${contacts}.rowid`;
  return dir === 'desc' ? [sql`${order} desc`, sql`${rowid} desc`] : [order, rowid];
}

/** A filter with sort and direction left out reads as the name order, ascending. */
export type ContactListQuery = Omit<ContactFilter, 'sort' | 'dir'> &
  Partial<Pick<ContactFilter, 'sort' | 'dir'>> & { limit: number; cursor?: string };

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

/** What the search adds to a list's conditions, and whether it narrows the list to few rows; null when nothing matches. */
async function contactSearchPlan(db: DbOrTx, q: string | undefined): Promise<{ conditions: SQL[]; narrow: boolean } | null> {
  if (!q) return { conditions: [], narrow: false };
  if (!ftsPhrase(q)) return { conditions: [likeMatches(q)], narrow: false };
  const { rowids, broad } = await matchPlan(db, contactMatchRowids(q));
  if (rowids.length === 0) return null;
  if (broad) {
    // Separate IN lists (not one UNION): SQLite keeps them as lookup tables while it walks the name index.
    return { conditions: [or(...rowids.map((r) => sql`${contacts}.rowid in (${r})`))!], narrow: false };
  }
  return { conditions: [sql`${contacts}.rowid in (${sql.join(rowids, sql` union `)})`], narrow: true };
}

/**
 * The conditions that pick the workspace's live contacts matching the search and the filter, in
 * the cheaper of two plans: walk the name index keeping the rows that match (one page needs few
 * of them), or, when the search or an indexed filter (contactFilterRowids) matches few rows,
 * look those up by rowid and sort them.
 */
async function contactConditions(db: DbOrTx, workspaceId: string, filter: ContactFilterFields): Promise<SQL[]> {
  const search = await contactSearchPlan(db, filter.q);
  if (!search) return [sql`0`];
  const byFilter = await Promise.all(contactFilterRowids(filter, workspaceId).map((r) => matchPlan(db, [r])));
  if (byFilter.some((plan) => plan.rowids.length === 0)) return [sql`0`];
  const narrow = search.narrow || byFilter.some((plan) => !plan.broad);
  return [
    // `+` keeps SQLite off the name index, so it looks the few matches up by rowid and sorts them.
    narrow ? sql`+${contacts.workspaceId} = ${workspaceId}` : eq(contacts.workspaceId, workspaceId),
    isNull(contacts.deletedAt),
    ...search.conditions,
    ...contactFilterConditions(filter, workspaceId),
  ];
}

/**
 * A page of the workspace's live contacts matching the search (see contactMatchRowids) and the
 * filter, by last name unless another sort key is asked for (keyset paging).
 */
export async function listContacts(db: DbOrTx, workspaceId: string, query: ContactListQuery) {
  const conditions = await contactConditions(db, workspaceId, query);
  const key = contactSortKeys[query.sort ?? 'name'];
  const desc = query.dir === 'desc';
  const rowid = sql<number>`${contacts}.rowid`;
  const after = decodeCursor(query.cursor);
  if (after) {
    const [value, afterRowid] = [after[0], Number(after[1])];
    conditions.push(
      desc
        ? sql`(${key.order} < ${value} or (${key.order} = ${value} and ${rowid} < ${afterRowid}))`
        : sql`(${key.order} > ${value} or (${key.order} = ${value} and ${rowid} > ${afterRowid}))`,
    );
  }
  const rows = (await db
    .select({ contact: contacts, sortKey: key.value, rowid })
    .from(contacts)
    .where(and(...conditions))
    .orderBy(...contactOrder(query.sort ?? 'name', query.dir ?? 'asc'))
    .limit(query.limit + 1)) as { contact: Contact; sortKey: string | number; rowid: number }[];
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return {
    items: items.map((r) => r.contact),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.sortKey, String(last.rowid)) : null,
  };
}

/** Every id matching the search and filter, in the list's order: the selection a bulk action walks through in chunks. */
export async function contactIds(db: DbOrTx, workspaceId: string, filter: ContactFilter): Promise<string[]> {
  const conditions = await contactConditions(db, workspaceId, filter);
  const rows = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(...conditions))
    .orderBy(...contactOrder(filter.sort, filter.dir));
  return rows.map((r) => r.id);
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
