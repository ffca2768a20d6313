import type { CustomField } from '../../../shared/entities/custom-field';
import type { CustomFields } from '../../../shared/entities/custom-fields';
import { currentI18n } from '../../ui/i18n/use-i18n';
import type { CellValue } from '../records/list-columns';

export type CustomValue = CustomFields[string];

/** `YYYY-MM-DD` as that local calendar day (`new Date('2027-01-31')` would be UTC midnight). */
export function localDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

const isEmpty = (value: CustomValue | undefined): value is null | undefined | '' | [] =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** A typed value in the user's words: Yes/No, "31 Jan 2027", "1,250.5", lists joined; "—" for none. */
export function customValueText(field: Pick<CustomField, 'type'>, value: CustomValue | undefined): string {
  if (isEmpty(value)) return '—';
  const { t, f } = currentI18n();
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'number') return f.number(value);
  if (field.type === 'date') {
    const day = localDate(value);
    if (day) return f.date(day);
  }
  return value;
}

/** The same value for a list cell or an export: numbers and dates stay numbers and dates for Excel. */
export function customCellValue(field: Pick<CustomField, 'type'>, value: CustomValue | undefined): CellValue {
  if (isEmpty(value)) return null;
  if (typeof value === 'number') return value;
  if (field.type === 'date' && typeof value === 'string') return localDate(value) ?? value;
  return customValueText(field, value);
}

/** A `cf.<id>=<value>` filter's value in words ("true" → "Yes"). */
export function customFilterText(field: Pick<CustomField, 'type'>, raw: string): string {
  if (field.type === 'boolean' && (raw === 'true' || raw === 'false')) return customValueText(field, raw === 'true');
  if (field.type === 'date') return customValueText(field, raw);
  return raw;
}
