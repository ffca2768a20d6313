import type { Contact } from '../../../shared/entities/contact';
import { formatPhone } from '../../../shared/phone/normalize-phone';
import type { ContactSortKey } from './contact-list-query';
import type { ListColumn } from '../records/list-columns';
import { itemName, type Lookups } from '../records/use-lookups';

export type ContactColumn = ListColumn<Contact, ContactSortKey>;

/** "Haugen, Ingrid": the list is in last-name order, so the last name leads. */
export function contactListName(c: Pick<Contact, 'firstName' | 'lastName'>): string {
  return c.lastName ? `${c.lastName}, ${c.firstName}` : c.firstName;
}

const names = (lookups: Lookups, ids: string[]) => ids.map((id) => itemName(lookups, id)).join(', ') || null;

/** Always shown and always exported first. */
export const CONTACT_NAME_COLUMN: ContactColumn = { key: 'name', label: 'Name', sort: 'name', value: contactListName };

export const CONTACT_COLUMNS: ContactColumn[] = [
  { key: 'title', label: 'Title', value: (c) => c.title },
  { key: 'email', label: 'E-mail', value: (c) => c.email },
  { key: 'phone', label: 'Phone', value: (c) => (c.phone ? formatPhone(c.phone) : null) },
  { key: 'city', label: 'City', value: (c) => c.address?.city ?? null },
  { key: 'country', label: 'Country', value: (c) => c.address?.country?.toUpperCase() ?? null },
  { key: 'tags', label: 'Tags', value: (c, l) => names(l, c.tagIds) },
  { key: 'categories', label: 'Categories', value: (c, l) => names(l, c.categoryIds) },
  { key: 'privateCustomer', label: 'Private customer', value: (c) => (c.isPrivateCustomer ? 'Yes' : null) },
  { key: 'customerNumber', label: 'Customer no.', sort: 'customerNumber', numeric: true, value: (c) => c.customerNumber },
  { key: 'created', label: 'Created', sort: 'createdAt', value: (c) => new Date(c.createdAt) },
  { key: 'updated', label: 'Updated', sort: 'updatedAt', value: (c) => new Date(c.updatedAt) },
];

export const DEFAULT_CONTACT_COLUMNS = ['title', 'email', 'phone', 'city', 'tags'];
