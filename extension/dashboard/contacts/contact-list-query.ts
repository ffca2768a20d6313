import type { ContactFilter } from '../../../shared/filters/contact-filter';
import { TEXT_FILTERS } from '../companies/company-list-query';
import { DATE_FILTERS, type ListFilterSpec } from '../records/list-filter-spec';
import { CONTACT_LIST } from '../settings/list-resource';

export type ContactSortKey = ContactFilter['sort'];

/** The contact list's filters, as the parameters of `shared/filters/contact-filter.ts`; the place is the contact's own address. */
export const CONTACT_FILTERS: ListFilterSpec = {
  resource: CONTACT_LIST,
  target: 'contact',
  idFilters: [
    { key: 'categoryIds', kind: 'category', label: 'Category' },
    { key: 'tagIds', kind: 'tag', label: 'Tag' },
  ],
  textFilters: TEXT_FILTERS,
  dateFilters: DATE_FILTERS,
  flagFilters: [{ key: 'isPrivateCustomer', label: 'Private customer', yes: 'Yes', no: 'No' }],
  recordFilters: [{ key: 'companyId', label: 'Works at' }],
};
