import { neutraliseFormula, xlsxCell } from '../../../shared/export/spreadsheet-cell';
import type { CellValue } from './list-columns';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * One sheet with a bold, frozen, filterable header row. ExcelJS is about 1 MB, so it is loaded
 * only when someone exports, not with the dashboard.
 */
export async function toXlsx(sheetName: string, header: string[], rows: CellValue[][]): Promise<Blob> {
  const mod = await import('exceljs');
  // The browser build is a UMD bundle: Vite hands it over as the default export.
  const { Workbook } = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const workbook = new Workbook();
  workbook.creator = 'Fjord CRM';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((label, i) => ({
    header: neutraliseFormula(label),
    width: Math.min(60, Math.max(10, label.length + 2, ...rows.slice(0, 200).map((row) => width(row[i] ?? null)))),
    style: rows.some((row) => row[i] instanceof Date) ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  // Text that would start a formula is neutralised like the CSV's; numbers and dates keep their type.
  sheet.addRows(rows.map((row) => row.map((value) => (value instanceof Date ? localDay(value) : xlsxCell(value)))));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer as ArrayBuffer], { type: XLSX_TYPE });
}

function width(value: CellValue): number {
  if (value === null) return 0;
  return value instanceof Date ? 12 : String(value).length + 2;
}

/** Excel dates have no time zone: write the local calendar day the list shows, at UTC midnight. */
function localDay(date: Date): Date {
  return new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
}
