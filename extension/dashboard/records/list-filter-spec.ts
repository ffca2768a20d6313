import type { ListKind } from '../../../shared/entities/list-item';
import type { ListResource } from '../settings/list-resource';

/** `kind` null: the choices are the workspace's members, not a settings list. */
export type IdFilter = { key: string; kind: ListKind | null; label: string };
export type TextFilter = { key: string; label: string; placeholder: string };
export type DateFilter = { key: string; label: string; end: boolean };
/** A yes/no filter (`isPrivateCustomer=true`): the chip says which. */
export type FlagFilter = { key: string; label: string; yes: string; no: string };
/** One record picked from elsewhere (the company a contact works at); the list names it. */
export type RecordFilter = { key: string; label: string };

/**
 * What a list can be filtered by, as the API's own query parameters (`shared/filters/`), so the
 * URL hash, the list request, `/ids` and the export all read the same string.
 */
export type ListFilterSpec = {
  resource: ListResource;
  /** Which categories a record may pick: those that apply to it. */
  target: 'company' | 'contact';
  idFilters: readonly IdFilter[];
  textFilters: readonly TextFilter[];
  dateFilters: readonly DateFilter[];
  flagFilters: readonly FlagFilter[];
  recordFilters: readonly RecordFilter[];
};

export const DATE_FILTERS: readonly DateFilter[] = [
  { key: 'createdFrom', label: 'Created from', end: false },
  { key: 'createdTo', label: 'Created to', end: true },
  { key: 'updatedFrom', label: 'Updated from', end: false },
  { key: 'updatedTo', label: 'Updated to', end: true },
];

const allFilters = (spec: ListFilterSpec): { key: string; label: string }[] => [
  ...spec.idFilters,
  ...spec.textFilters,
  ...spec.dateFilters,
  ...spec.flagFilters,
  ...spec.recordFilters,
];

/** Parameters that narrow the list: everything but sort, direction and the search box. */
export function isFilterKey(spec: ListFilterSpec, key: string): boolean {
  return key.startsWith('cf.') || allFilters(spec).some((f) => f.key === key);
}

export function filterLabel(spec: ListFilterSpec, key: string): string {
  return allFilters(spec).find((f) => f.key === key)?.label ?? key.replace(/^cf\./, '');
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
