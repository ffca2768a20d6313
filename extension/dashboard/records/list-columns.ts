import type { ColumnDescriptor } from '../../../shared/records/record-type';
import type { RecordTypeName } from '../../../shared/records/record-types';
import { recordTypes } from '../../../shared/records/record-types';

export type CellValue = string | number | Date | null;

/**
 * A column of any record type's list (shared/records/): `never` rows accept every type's
 * declared columns, whose cells `cellValue` reads for the table, CSV and Excel alike.
 */
export type ListColumn = ColumnDescriptor<never>;

/** The name column, then the chosen optional ones in the list's own order. */
export function visibleColumns(name: ListColumn, optional: readonly ListColumn[], keys: readonly string[]): ListColumn[] {
  return [name, ...optional.filter((column) => keys.includes(column.key))];
}

/** A record type's optional columns: its declared ones, then one per custom field once the lookups are in. */
export function optionalColumns(type: RecordTypeName, fieldColumns: readonly ListColumn[]): ListColumn[] {
  return [...recordTypes[type].columns, ...fieldColumns];
}

const dates = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
const numbers = new Intl.NumberFormat('en');

export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return dates.format(value);
  if (typeof value === 'number') return numbers.format(value);
  return value;
}
