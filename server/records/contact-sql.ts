import { eq, or, sql, type SQL } from 'drizzle-orm';
import type { ContactFilter } from '../../shared/filters/contact-filter';
import { compactOrgNumber } from '../../shared/org-number/compact-org-number';
import { companies, contactCompanies, contacts } from '../db/schema';
import { anyOf, commonFilterSql, jsonText } from './filter-sql';
import { likePattern } from './list-query';
import type { RecordSql } from './record-sql';
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

/**
 * Contacts as SQL (see record-sql.ts). City, postcode and country are the contact's own address.
 * Ties go by rowid in every order: the name index carries it, so the default order never sorts.
 */
export const contactSql: RecordSql<ContactFilter> = {
  table: contacts,
  filters: {
    ...commonFilterSql(contacts),
    // A contact's address keeps the country as typed (two letters, any case).
    country: (country) => sql`upper(${jsonText(contacts.address, '$.country')}) = ${country}`,
    isPrivateCustomer: (flag) => eq(contacts.isPrivateCustomer, flag),
    ownerIds: anyOf(contacts.ownerIds),
    // Answered by indexedFilters (a rowid SELECT), which the list adds as a condition.
    companyId: () => undefined,
  },
  indexedFilters(f, workspaceId) {
    const out: SQL[] = [];
    if (f.companyId) {
      // Links to a company in the trash do not count, as the contact card does not show them.
      out.push(sql`select c2.rowid from ${contactCompanies} cc join ${companies} co on co.id = cc.company_id
        join ${contacts} c2 on c2.id = cc.contact_id
        where cc.company_id = ${f.companyId} and cc.workspace_id = ${workspaceId} and cc.deleted_at is null and co.deleted_at is null`);
    }
    // Private customers all have a customer number, which an index holds.
    if (f.isPrivateCustomer === true) {
      out.push(
        sql`select c3.rowid from ${contacts} c3 where c3.workspace_id = ${workspaceId} and c3.customer_number is not null`,
      );
    }
    return out;
  },
  async search(db, q) {
    if (!ftsPhrase(q)) return { conditions: [likeMatches(q)], narrow: false };
    const { rowids, broad } = await matchPlan(db, contactMatchRowids(q));
    if (rowids.length === 0) return null;
    if (broad) {
      // Separate IN lists (not one UNION): SQLite keeps them as lookup tables while it walks the name index.
      return { conditions: [or(...rowids.map((r) => sql`${contacts}.rowid in (${r})`))!], narrow: false };
    }
    return { conditions: [sql`${contacts}.rowid in (${sql.join(rowids, sql` union `)})`], narrow: true };
  },
  sorts: {
    name: { order: sortName, value: sql<string>`coalesce(${contacts.lastName}, '') || ' ' || ${contacts.firstName}` },
    createdAt: { order: sql`${contacts.createdAt}`, value: sql<number>`${contacts.createdAt}` },
    updatedAt: { order: sql`${contacts.updatedAt}`, value: sql<number>`${contacts.updatedAt}` },
    customerNumber: {
      order: sql`coalesce(${contacts.customerNumber}, 0)`,
      value: sql<number>`coalesce(${contacts.customerNumber}, 0)`,
    },
  },
  tie: { sql: sql<number>`${contacts}.rowid`, fromCursor: Number },
};
