import type { CellValue } from './list-columns';

/**
 * RFC 4180 CSV: comma-separated, CRLF lines, fields with `"`, `,` or line breaks quoted. The UTF-8
 * byte order mark makes Excel read æøå as UTF-8 instead of the system code page.
 */
export function toCsv(header: string[], rows: CellValue[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvField(value: CellValue): string {
  if (value === null) return '';
  const text = value instanceof Date ? isoDate(value) : String(value);
  // A leading = or @ would run as a formula when the file is opened in a spreadsheet (CSV injection).
  const safe = /^[=@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Local calendar date, as the list shows it. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
