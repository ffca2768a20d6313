import type { Company } from '../../shared/entities/company';
import type { SortKey } from './company-list-query';
import { formatOrgNumber } from './company-format';
import { itemName, memberName, type Lookups } from './use-lookups';

export type CellValue = string | number | Date | null;

export type CompanyColumn = {
  key: string;
  label: string;
  sort?: SortKey;
  /** Right-aligned so digits line up. */
  numeric?: boolean;
  /** One value for the table, CSV and Excel alike: list values by name, never ids. */
  value: (company: Company, lookups: Lookups) => CellValue;
};

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
];

export const DEFAULT_COLUMNS = ['orgNumber', 'domain', 'city', 'country', 'relationship', 'tags'];

export function visibleColumns(keys: string[]): CompanyColumn[] {
  return [NAME_COLUMN, ...OPTIONAL_COLUMNS.filter((column) => keys.includes(column.key))];
}

const dates = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
const numbers = new Intl.NumberFormat('en');

export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return dates.format(value);
  if (typeof value === 'number') return numbers.format(value);
  return value;
}
