/**
 * The one rule for cells in every CSV and .xlsx export (OWASP, "CSV Injection"): text starting
 * with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a formula by Excel and
 * LibreOffice, so it gets a leading `'`, which makes the rest plain text.
 *
 * Only text is neutralised. A number written as a number (an xlsx number cell, or its plain
 * decimal form in CSV) cannot carry a formula, so -12.5 stays a number. Text that merely looks
 * numeric is still text: a phone number "+47 22 33 44 55" becomes "'+47 22 33 44 55", since
 * a spreadsheet would otherwise evaluate it (docs/decisions.md).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type SpreadsheetValue = string | number | Date | null;

/** Text as a spreadsheet must receive it: prefixed with `'` when it would start a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** An .xlsx cell's value: numbers and dates keep their type, text is neutralised. */
export function xlsxCell(value: SpreadsheetValue): SpreadsheetValue {
  return typeof value === 'string' ? neutraliseFormula(value) : value;
}

/**
 * One RFC 4180 field. Numbers are written plainly; text is neutralised, and quoted when it holds a
 * quote, comma, semicolon (the list separator of Excel in Nordic locales), tab or line break, or
 * was neutralised, as OWASP advises. Dates are the caller's to turn into text first.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = neutraliseFormula(value);
  return text !== value || /[",;\t\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
