import { eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { ContactFilter } from '../../shared/filters/contact-filter';
import { companies, contactCompanies, contacts } from '../db/schema';
import { anyInArray, customFieldConditions, jsonText } from './filter-sql';

export type ContactFilterFields = Omit<ContactFilter, 'sort' | 'dir'>;

/**
 * The WHERE conditions of a contact filter apart from the search text, which picks its own plan
 * (contacts.queries.ts). Workspace and trash are the caller's.
 */
export function contactFilterConditions(f: ContactFilterFields, workspaceId: string): SQL[] {
  const out = contactFilterRowids(f, workspaceId).map((rowids) => sql`${contacts}.rowid in (${rowids})`);
  if (f.categoryIds?.length) out.push(anyInArray(contacts.categoryIds, f.categoryIds));
  if (f.tagIds?.length) out.push(anyInArray(contacts.tagIds, f.tagIds));
  if (f.city) out.push(sql`${jsonText(contacts.address, '$.city')} like ${f.city} collate nocase`);
  if (f.postalCode) out.push(sql`${jsonText(contacts.address, '$.postalCode')} like ${`${f.postalCode}%`}`);
  // A contact's address keeps the country as typed (two letters, any case).
  if (f.country) out.push(sql`upper(${jsonText(contacts.address, '$.country')}) = ${f.country}`);
  if (f.isPrivateCustomer !== undefined) out.push(eq(contacts.isPrivateCustomer, f.isPrivateCustomer));
  if (f.createdFrom !== undefined) out.push(gte(contacts.createdAt, f.createdFrom));
  if (f.createdTo !== undefined) out.push(lte(contacts.createdAt, f.createdTo));
  if (f.updatedFrom !== undefined) out.push(gte(contacts.updatedAt, f.updatedFrom));
  if (f.updatedTo !== undefined) out.push(lte(contacts.updatedAt, f.updatedTo));
  out.push(...customFieldConditions(contacts.customFields, f.customFields ?? {}));
  return out;
}

/**
 * The filters an index answers directly, as SELECTs of contact rowids: the people who work at a
 * company (links by company), and private customers (they all have a customer number). When
 * one of them matches few contacts, those are looked up and sorted instead of walking the name
 * index past everyone else.
 */
export function contactFilterRowids(f: ContactFilterFields, workspaceId: string): SQL[] {
  const out: SQL[] = [];
  if (f.companyId) {
    // Links to a company in the trash do not count, as the contact card does not show them.
    out.push(sql`select c2.rowid from ${contactCompanies} cc join ${companies} co on co.id = cc.company_id
      join ${contacts} c2 on c2.id = cc.contact_id
      where cc.company_id = ${f.companyId} and cc.workspace_id = ${workspaceId} and cc.deleted_at is null and co.deleted_at is null`);
  }
  if (f.isPrivateCustomer === true) {
    out.push(sql`select c3.rowid from ${contacts} c3 where c3.workspace_id = ${workspaceId} and c3.customer_number is not null`);
  }
  return out;
}
