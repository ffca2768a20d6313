import type { Company } from '../../../shared/entities/company';
import type { SortKey } from './company-list-query';
import { formatOrgNumber } from '../../../shared/registers/format-org-number';
import { COUNTER_COLUMNS } from './counter-columns';
import { visibleColumns as visible, type ListColumn } from '../records/list-columns';
import { itemName, memberName, type Lookups } from '../records/use-lookups';

export type CompanyColumn = ListColumn<Company, SortKey>;
// Kept for code written against this file before the contact list shared its columns.
export type { CellValue } from '../records/list-columns';

const names = (lookups: Lookups, ids: string[]) => ids.map((id) => itemName(lookups, id)).join(', ') || null;
const listValue = (lookups: Lookups, id: string | null) => (id ? itemName(lookups, id) : null);

/** Always shown and always exported first: a row without its name means nothing. */
export const NAME_COLUMN: CompanyColumn = { key: 'name', label: 'Name', sort: 'name', value: (c) => c.name };

export const OPTIONAL_COLUMNS: CompanyColumn[] = [
  { key: 'orgNumber', label: 'Org number', value: (c) => formatOrgNumber(c.country, c.orgNumber) },
  { key: 'domain', label: 'Domain', value: (c) => c.domain },
  { key: 'city', label: 'City', value: (c) => c.address?.city ?? null },
  { key: 'country', label: 'Country', value: (c) => c.country },
  { key: 'relationship', label: 'Relationship', value: (c, l) => listValue(l, c.relationshipTypeId) },
  { key: 'status', label: 'Status', value: (c, l) => listValue(l, c.statusTypeId) },
  { key: 'tags', label: 'Tags', value: (c, l) => names(l, c.tagIds) },
  { key: 'categories', label: 'Categories', value: (c, l) => names(l, c.categoryIds) },
  {
    key: 'owners',
    label: 'Owners',
    value: (c, l) => c.ownerIds.map((id) => memberName(l, id)).join(', ') || null,
  },
  { key: 'customerNumber', label: 'Customer no.', sort: 'customerNumber', numeric: true, value: (c) => c.customerNumber },
  { key: 'employees', label: 'Employees', sort: 'employees', numeric: true, value: (c) => c.employees },
  { key: 'created', label: 'Created', sort: 'createdAt', value: (c) => new Date(c.createdAt) },
  { key: 'updated', label: 'Updated', sort: 'updatedAt', value: (c) => new Date(c.updatedAt) },
  ...COUNTER_COLUMNS,
];

export const DEFAULT_COLUMNS = ['orgNumber', 'domain', 'city', 'country', 'relationship', 'tags'];

/** `fieldColumns`: one per company custom field, once the lookups are in. */
export function visibleColumns(keys: string[], fieldColumns: CompanyColumn[] = []): CompanyColumn[] {
  return visible(NAME_COLUMN, [...OPTIONAL_COLUMNS, ...fieldColumns], keys);
}
