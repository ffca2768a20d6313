import type { Lookups } from './use-lookups';

export type CellValue = string | number | Date | null;

/** One column of a record list; the first of a list is the record's name, a link to its card. */
export type ListColumn<T, K extends string = string> = {
  key: string;
  label: string;
  sort?: K;
  /** Right-aligned so digits line up. */
  numeric?: boolean;
  /** One value for the table, CSV and Excel alike: list values by name, never ids. */
  value: (row: T, lookups: Lookups) => CellValue;
};

/** The name column, then the chosen optional ones in the list's own order. */
export function visibleColumns<T, K extends string>(
  name: ListColumn<T, K>,
  optional: ListColumn<T, K>[],
  keys: string[],
): ListColumn<T, K>[] {
  return [name, ...optional.filter((column) => keys.includes(column.key))];
}

const dates = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
const numbers = new Intl.NumberFormat('en');

export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return dates.format(value);
  if (typeof value === 'number') return numbers.format(value);
  return value;
}
