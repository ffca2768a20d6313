import { ContactSchema, type Contact } from '../entities/contact';
import { ContactFilterSchema } from '../filters/contact-filter';
import { formatPhone } from '../phone/normalize-phone';
import { COMMON_HISTORY_FIELDS, DATE_FILTERS, PLACE_FILTERS } from './common-fields';
import { defineRecordType } from './record-type';

/** "Haugen, Ingrid": the list is in last-name order, so the last name leads. */
export function contactListName(c: Pick<Contact, 'firstName' | 'lastName'>): string {
  return c.lastName ? `${c.lastName}, ${c.firstName}` : c.firstName;
}

/** City, postcode and country filter the contact's own address; `companyId` is a company the person works at. */
export const contactRecord = defineRecordType<Contact, typeof ContactFilterSchema>({
  entity: 'contact',
  plural: 'contacts',
  label: { one: 'contact', many: 'contacts' },
  schema: ContactSchema,
  filterSchema: ContactFilterSchema,
  search: { placeholder: 'Search name, e-mail, phone or company' },
  filters: [
    { kind: 'ids', key: 'categoryIds', list: 'category', label: 'Category' },
    { kind: 'ids', key: 'tagIds', list: 'tag', label: 'Tag' },
    ...PLACE_FILTERS,
    ...DATE_FILTERS,
    { kind: 'flag', key: 'isPrivateCustomer', label: 'Private customer', yes: 'Yes', no: 'No' },
    { kind: 'record', key: 'companyId', label: 'Works at', recordType: 'company' },
  ],
  sorts: { name: 'Name', createdAt: 'Created', updatedAt: 'Updated', customerNumber: 'Customer no.' },
  nameColumn: { key: 'name', label: 'Name', sort: 'name', cell: { text: contactListName } },
  columns: [
    { key: 'title', label: 'Title', cell: { field: 'title', as: 'text' } },
    { key: 'email', label: 'E-mail', cell: { field: 'email', as: 'text' } },
    { key: 'phone', label: 'Phone', cell: { text: (c) => (c.phone ? formatPhone(c.phone) : null) } },
    { key: 'city', label: 'City', cell: { text: (c) => c.address?.city ?? null } },
    { key: 'country', label: 'Country', cell: { text: (c) => c.address?.country?.toUpperCase() ?? null } },
    { key: 'tags', label: 'Tags', cell: { field: 'tagIds', as: 'listItems' } },
    { key: 'categories', label: 'Categories', cell: { field: 'categoryIds', as: 'listItems' } },
    { key: 'privateCustomer', label: 'Private customer', cell: { field: 'isPrivateCustomer', as: 'yesNo' } },
    {
      key: 'customerNumber',
      label: 'Customer no.',
      sort: 'customerNumber',
      numeric: true,
      cell: { field: 'customerNumber', as: 'number' },
    },
    { key: 'created', label: 'Created', sort: 'createdAt', cell: { field: 'createdAt', as: 'date' } },
    { key: 'updated', label: 'Updated', sort: 'updatedAt', cell: { field: 'updatedAt', as: 'date' } },
  ],
  defaultColumns: ['title', 'email', 'phone', 'city', 'tags'],
  bulkActions: ['addTags', 'removeTags', 'addCategories', 'removeCategories', 'setCustomField'],
  categoryTarget: 'contact',
  historyFields: {
    ...COMMON_HISTORY_FIELDS,
    isPrivateCustomer: 'private customer',
    firstName: 'first name',
    lastName: 'last name',
    photoUrl: 'photo',
  },
  title: (c) => [c.firstName, c.lastName].filter(Boolean).join(' '),
  restoreMutation: 'contact.restore',
});
