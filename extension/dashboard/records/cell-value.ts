import type { CellRule } from '../../../shared/records/record-type';
import { customCellValue } from '../custom-fields/custom-value-format';
import { currentI18n } from '../../ui/i18n/use-i18n';
import { formatTotals } from '../ui/money';
import type { CellValue, ListColumn } from './list-columns';
import { itemName, memberName, type Lookups } from './use-lookups';

type Fields = Record<string, unknown>;

/**
 * What a column shows for a row, by the cell rule its record type declares: list values and
 * members by name, never ids. The table, the CSV and the Excel export all read cells through it.
 * Without the lookups (still loading), cells that name list values are empty.
 */
export function cellValue(column: ListColumn, row: object, lookups: Lookups | null): CellValue {
  const cell: CellRule<never> | { customField: string } = column.cell;
  const fields = row as Fields;
  // The column and the row come from the same record type: its rule reads the row it was declared for.
  if ('text' in cell) return (cell.text as (row: object) => string | number | null)(row);
  if ('counter' in cell) {
    const counters = fields.counters as Fields | undefined;
    const counter = counters?.[cell.counter];
    if (cell.as === 'money') return formatTotals((counter ?? {}) as Record<string, number>);
    return typeof counter === 'number' ? counter : null;
  }
  if ('customField' in cell) {
    const field = lookups?.customFields.find((f) => f.id === cell.customField);
    const values = fields.customFields as Fields | undefined;
    return field ? customCellValue(field, values?.[cell.customField] as Parameters<typeof customCellValue>[1]) : null;
  }
  return fieldValue(cell.as, fields[cell.field], lookups);
}

function fieldValue(as: Extract<CellRule<never>, { field: string }>['as'], value: unknown, lookups: Lookups | null): CellValue {
  if (value === null || value === undefined) return null;
  switch (as) {
    case 'text':
      return String(value) || null;
    case 'number':
      return typeof value === 'number' ? value : null;
    case 'date':
      return new Date(value as number);
    case 'yesNo':
      return value === true ? currentI18n().t('common.yes') : null;
    case 'listItem':
      return lookups ? itemName(lookups, String(value)) : null;
    case 'listItems':
      return lookups ? (value as string[]).map((id) => itemName(lookups, id)).join(', ') || null : null;
    case 'members':
      return lookups ? (value as string[]).map((id) => memberName(lookups, id)).join(', ') || null : null;
  }
}
