import type { Translate } from '../../../shared/i18n/translator';
import type { ColumnDescriptor } from '../../../shared/records/record-type';
import type { RecordTypeName } from '../../../shared/records/record-types';
import { recordTypes } from '../../../shared/records/record-types';
import { currentI18n } from '../../ui/i18n/use-i18n';

export type CellValue = string | number | Date | null;

/** A column a list adds for each custom field of its entity: labelled with the field's name, as the admin wrote it. */
export type CustomFieldColumn = {
  key: string;
  label: string;
  sort?: undefined;
  numeric?: boolean;
  cell: { customField: string };
};

/**
 * A column of any record type's list (shared/records/): `never` rows accept every type's
 * declared columns, whose cells `cellValue` reads for the table, CSV and Excel alike.
 */
export type ListColumn = ColumnDescriptor<never> | CustomFieldColumn;

export const isCustomFieldColumn = (column: ListColumn): column is CustomFieldColumn => 'customField' in column.cell;

/** A header in the user's language: a declared column's label is a message key. */
export function columnLabel(t: Translate, column: ListColumn): string {
  return isCustomFieldColumn(column) ? column.label : t(column.label);
}

/** The name column, then the chosen optional ones in the list's own order. */
export function visibleColumns(name: ListColumn, optional: readonly ListColumn[], keys: readonly string[]): ListColumn[] {
  return [name, ...optional.filter((column) => keys.includes(column.key))];
}

/** A record type's optional columns: its declared ones, then one per custom field once the lookups are in. */
export function optionalColumns(type: RecordTypeName, fieldColumns: readonly ListColumn[]): ListColumn[] {
  return [...recordTypes[type].columns, ...fieldColumns];
}

/** A cell as the list shows it: dates and numbers the way the user's language writes them. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return currentI18n().f.date(value);
  if (typeof value === 'number') return currentI18n().f.number(value);
  return value;
}
