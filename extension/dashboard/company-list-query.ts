import type { ListKind } from '../../shared/entities/list-item';

/**
 * The list's filter and sort as the API's own query parameters (`shared/filters/company-filter.ts`),
 * so the URL hash, the list request, `/ids` and the export all read the same string.
 */
export type IdFilterKey =
  'relationshipTypeIds' | 'statusTypeIds' | 'industryIds' | 'categoryIds' | 'tagIds' | 'ownerIds' | 'departmentIds';

/** `kind` null: the choices are the workspace's members, not a settings list. */
export const ID_FILTERS: { key: IdFilterKey; kind: ListKind | null; label: string }[] = [
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

export const DATE_FILTERS = [
  { key: 'createdFrom', label: 'Created from', end: false },
  { key: 'createdTo', label: 'Created to', end: true },
  { key: 'updatedFrom', label: 'Updated from', end: false },
  { key: 'updatedTo', label: 'Updated to', end: true },
] as const;

export type SortKey = 'name' | 'createdAt' | 'updatedAt' | 'customerNumber' | 'employees';

/** Parameters that narrow the list (everything but sort, direction and the search box). */
const FILTER_KEYS = new Set<string>([
  ...ID_FILTERS.map((f) => f.key),
  ...TEXT_FILTERS.map((f) => f.key),
  ...DATE_FILTERS.map((f) => f.key),
]);

export function isFilterKey(key: string): boolean {
  return FILTER_KEYS.has(key) || key.startsWith('cf.');
}

export function idsOf(params: URLSearchParams, key: string): string[] {
  return (params.get(key) ?? '').split(',').filter(Boolean);
}

/** `yyyy-mm-dd` in local time for a date input; the URL keeps the API's milliseconds. */
export function dateInputValue(ms: string | null): string {
  if (!ms) return '';
  const d = new Date(Number(ms));
  return Number.isNaN(d.getTime()) ? '' : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A "to" date includes the whole day it names. */
export function dateParam(value: string, end: boolean): string | null {
  if (!value) return null;
  const [y, m, d] = value.split('-').map(Number);
  const start = new Date(y!, m! - 1, d!).getTime();
  return String(end ? start + 86_400_000 - 1 : start);
}

const pad = (n: number) => String(n).padStart(2, '0');
