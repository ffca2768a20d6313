import type { CompanyFilter } from '../../../shared/filters/company-filter';
import { DATE_FILTERS, type IdFilter, type ListFilterSpec } from '../records/list-filter-spec';
import { COMPANY_LIST } from '../settings/list-resource';

/** The company list's filters, as the parameters of `shared/filters/company-filter.ts`. */
export const ID_FILTERS: readonly IdFilter[] = [
  { key: 'relationshipTypeIds', kind: 'relationshipType', label: 'Relationship' },
  { key: 'statusTypeIds', kind: 'statusType', label: 'Status' },
  { key: 'industryIds', kind: 'industry', label: 'Industry' },
  { key: 'categoryIds', kind: 'category', label: 'Category' },
  { key: 'tagIds', kind: 'tag', label: 'Tag' },
  { key: 'ownerIds', kind: null, label: 'Owner' },
  { key: 'departmentIds', kind: 'department', label: 'Department' },
];

export const TEXT_FILTERS = [
  { key: 'city', label: 'City', placeholder: 'e.g. Bergen' },
  { key: 'postalCode', label: 'Postcode starts with', placeholder: 'e.g. 50' },
  { key: 'country', label: 'Country', placeholder: 'e.g. NO' },
] as const;

export type SortKey = CompanyFilter['sort'];

export const COMPANY_FILTERS: ListFilterSpec = {
  resource: COMPANY_LIST,
  target: 'company',
  idFilters: ID_FILTERS,
  textFilters: TEXT_FILTERS,
  dateFilters: DATE_FILTERS,
  flagFilters: [],
  recordFilters: [],
};
