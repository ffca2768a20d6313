import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../extension/dashboard/records/export-csv';
import { toXlsx } from '../../../../extension/dashboard/records/export-xlsx';
import type { CellValue } from '../../../../extension/dashboard/records/list-columns';

const HEADER = ['Name', 'Phone', 'Note', 'Employees', 'Founded'];
const ROWS: CellValue[][] = [
  ['=HYPERLINK("http://evil.example","x")', '+47 22 33 44 55', '-1+1', -12, new Date(2020, 4, 17)],
  ['@SUM(A1)', '\t=1+1', '\r=2+2', 7, null],
  ['Fjordbruk AS', '22 33 44 55', 'a=b', 0, null],
];

describe('CSV and Excel exports', () => {
  it('CSV: neutralises and quotes every text cell that would start a formula, and keeps numbers', () => {
    const lines = toCsv(HEADER, ROWS).slice(1).split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")","'+47 22 33 44 55","'-1+1",-12,2020-05-17`);
    expect(lines[2]).toBe(`"'@SUM(A1)","'\t=1+1","'\r=2+2",7,`);
    expect(lines[3]).toBe('Fjordbruk AS,22 33 44 55,a=b,0,');
  });

  it('.xlsx: text that would start a formula is stored as quoted text, numbers as numbers, no formulas at all', async () => {
    const blob = await toXlsx('Companies', HEADER, ROWS);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await blob.arrayBuffer());
    const sheet = workbook.getWorksheet('Companies')!;
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(row(2).slice(0, 4)).toEqual(['\'=HYPERLINK("http://evil.example","x")', "'+47 22 33 44 55", "'-1+1", -12]);
    // XML reads a carriage return back as a line feed; the quote before it is what matters.
    expect(row(3)).toEqual(["'@SUM(A1)", "'\t=1+1", "'\n=2+2", 7]);
    expect(row(4)).toEqual(['Fjordbruk AS', '22 33 44 55', 'a=b', 0]);
    expect(sheet.getCell('D2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('E2').type).toBe(ExcelJS.ValueType.Date);
    sheet.eachRow((r) => r.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });
});
