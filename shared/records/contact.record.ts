import { ContactSchema, type Contact } from '../entities/contact';
import { ContactFilterSchema } from '../filters/contact-filter';
import { formatPhone } from '../phone/normalize-phone';
import { COMMON_HISTORY_FIELDS, DATE_FILTERS, PLACE_FILTERS } from './common-fields';
import { defineRecordType } from './record-type';

/** "Haugen, Ingrid": the list is in last-name order, so the last name leads. */
export function contactListName(c: Pick<Contact, 'firstName' | 'lastName'>): string {
  return c.lastName ? `${c.lastName}, ${c.firstName}` : c.firstName;
}

/** What GET /api/contacts adds to each contact: the company the person works at, with the position there. */
export type ContactWorkplace = { id: string; name: string; position: string | null };

/** "Fjordlys AS · Sales manager"; null for someone linked to no company (or a row not from the list). */
export function workplaceText(contact: Contact): string | null {
  const workplace = (contact as Contact & { primaryCompany?: ContactWorkplace | null }).primaryCompany;
  if (!workplace) return null;
  return workplace.position ? `${workplace.name} · ${workplace.position}` : workplace.name;
}

/** City, postcode and country filter the contact's own address; `companyId` is a company the person works at. */
export const contactRecord = defineRecordType<Contact, typeof ContactFilterSchema>({
  entity: 'contact',
  plural: 'contacts',
  name: 'records.name.contact',
  schema: ContactSchema,
  filterSchema: ContactFilterSchema,
  search: { placeholder: 'records.search.contact' },
  filters: [
    { kind: 'ids', key: 'categoryIds', list: 'category', label: 'records.label.category' },
    { kind: 'ids', key: 'tagIds', list: 'tag', label: 'records.label.tag' },
    { kind: 'ids', key: 'ownerIds', list: 'member', label: 'common.owner' },
    ...PLACE_FILTERS,
    ...DATE_FILTERS,
    { kind: 'flag', key: 'isPrivateCustomer', label: 'records.label.privateCustomer', yes: 'common.yes', no: 'common.no' },
    { kind: 'record', key: 'companyId', label: 'records.label.worksAt', recordType: 'company' },
  ],
  sorts: {
    name: 'common.name',
    createdAt: 'records.label.created',
    updatedAt: 'records.label.updated',
    customerNumber: 'records.label.customerNumber',
  },
  nameColumn: { key: 'name', label: 'common.name', sort: 'name', cell: { text: contactListName } },
  columns: [
    { key: 'title', label: 'records.label.title', cell: { field: 'title', as: 'text' } },
    // What the list route adds (server/records/contact-workplaces.ts); not sortable.
    { key: 'company', label: 'records.label.worksAt', cell: { text: workplaceText } },
    { key: 'email', label: 'common.email', cell: { field: 'email', as: 'text' } },
    { key: 'phone', label: 'common.phone', cell: { text: (c) => (c.phone ? formatPhone(c.phone) : null) } },
    { key: 'city', label: 'records.label.city', cell: { text: (c) => c.address?.city ?? null } },
    { key: 'country', label: 'records.label.country', cell: { text: (c) => c.address?.country?.toUpperCase() ?? null } },
    { key: 'tags', label: 'records.label.tags', cell: { field: 'tagIds', as: 'listItems' } },
    { key: 'categories', label: 'records.label.categories', cell: { field: 'categoryIds', as: 'listItems' } },
    { key: 'owners', label: 'records.label.owners', cell: { field: 'ownerIds', as: 'members' } },
    { key: 'privateCustomer', label: 'records.label.privateCustomer', cell: { field: 'isPrivateCustomer', as: 'yesNo' } },
    {
      key: 'customerNumber',
      label: 'records.label.customerNumber',
      sort: 'customerNumber',
      numeric: true,
      cell: { field: 'customerNumber', as: 'number' },
    },
    { key: 'created', label: 'records.label.created', sort: 'createdAt', cell: { field: 'createdAt', as: 'date' } },
    { key: 'updated', label: 'records.label.updated', sort: 'updatedAt', cell: { field: 'updatedAt', as: 'date' } },
  ],
  defaultColumns: ['company', 'title', 'email', 'phone', 'city', 'tags'],
  bulkActions: [
    'addTags',
    'removeTags',
    'addCategories',
    'removeCategories',
    'addOwners',
    'removeOwners',
    'setCustomField',
    'delete',
  ],
  categoryTarget: 'contact',
  historyFields: {
    ...COMMON_HISTORY_FIELDS,
    firstName: 'records.field.firstName',
    lastName: 'records.field.lastName',
    emails: 'records.field.emails',
    phones: 'records.field.phones',
    title: 'records.field.title',
    birthday: 'records.field.birthday',
    url: 'records.field.url',
    notes: 'records.field.notes',
    isPrivateCustomer: 'records.field.isPrivateCustomer',
    emailsBlocked: 'records.field.emailsBlocked',
    photoUrl: 'records.field.photoUrl',
    // The companies the person works at are link rows; the history tells their changes as this field.
    worksAt: 'history.field.worksAt',
  },
  title: (c) => [c.firstName, c.lastName].filter(Boolean).join(' '),
  restoreMutation: 'contact.restore',
});
