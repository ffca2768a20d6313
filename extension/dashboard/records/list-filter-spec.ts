import type { Translate } from '../../../shared/i18n/translator';
import type { FilterDescriptor } from '../../../shared/records/record-type';
import { recordTypes, type RecordTypeName } from '../../../shared/records/record-types';

/**
 * A record type's list filters (its declaration's `filters`), keyed by the API's own query
 * parameters, so the URL hash, the list request, `/ids`, `/count` and the export all read the same string.
 */
export const filtersOf = (type: RecordTypeName): readonly FilterDescriptor[] => recordTypes[type].filters;

export function filtersOfKind<K extends FilterDescriptor['kind']>(
  type: RecordTypeName,
  kind: K,
): Extract<FilterDescriptor, { kind: K }>[] {
  return filtersOf(type).filter((f): f is Extract<FilterDescriptor, { kind: K }> => f.kind === kind);
}

/** Parameters that narrow the list: everything but sort, direction and the search box. */
export function isFilterKey(type: RecordTypeName, key: string): boolean {
  return key.startsWith('cf.') || filtersOf(type).some((f) => f.key === key);
}

/** A filter's name for its chip; a `cf.` key whose field is gone reads as its key. */
export function filterLabel(t: Translate, type: RecordTypeName, key: string): string {
  const label = filtersOf(type).find((f) => f.key === key)?.label;
  return label ? t(label) : key.replace(/^cf\./, '');
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
