import { csvField } from '../../../shared/export/spreadsheet-cell';
import type { CellValue } from './list-columns';

/**
 * RFC 4180 CSV: comma-separated, CRLF lines, each field by `csvField` (quoted where needed, text
 * that would run as a formula neutralised). The UTF-8 byte order mark makes Excel read æøå as
 * UTF-8 instead of the system code page.
 */
export function toCsv(header: string[], rows: CellValue[][]): string {
  const lines = [header, ...rows].map((row) =>
    row.map((value) => csvField(value instanceof Date ? isoDate(value) : value)).join(','),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Local calendar date, as the list shows it. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
