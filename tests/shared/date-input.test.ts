import { describe, expect, it } from 'vitest';
import { dateShape, datePattern, formatDateInput, monthGrid, parseDateInput } from '../../shared/i18n/date-input';
import { formatTimeInput, parseTimeInput } from '../../shared/i18n/time-input';
import { LANGUAGES, LOCALES } from '../../shared/i18n/languages';
import { loadMessages } from '../../shared/i18n/messages';

const parse = (text: string, locale: string) => {
  const parsed = parseDateInput(text, locale, new Date(2026, 11, 4));
  return parsed.ok ? parsed.iso : null;
};

describe('dates typed the way each locale writes them', () => {
  it("writes an ISO day in each locale's short numeric form", () => {
    const written = Object.fromEntries(LANGUAGES.map((l) => [l, formatDateInput('2026-02-04', LOCALES[l])]));
    expect(written).toEqual({
      en: '04/02/2026',
      nb: '04.02.2026',
      sv: '2026-02-04',
      da: '04.02.2026',
      nl: '04-02-2026',
      es: '04/02/2026',
    });
    expect(formatDateInput('', 'nb-NO')).toBe('');
  });

  it('shows a pattern in the letters of each language, in the order its dates are written', async () => {
    const patterns: Record<string, string> = {};
    for (const language of LANGUAGES) {
      const letter = (await loadMessages(language))['ui.dateField.yearLetter'];
      patterns[language] = datePattern(LOCALES[language], letter);
    }
    expect(patterns).toEqual({
      en: 'dd/mm/yyyy',
      nb: 'dd.mm.åååå',
      sv: 'åååå-mm-dd',
      da: 'dd.mm.åååå',
      nl: 'dd-mm-jjjj',
      es: 'dd/mm/aaaa',
    });
    expect(dateShape('sv-SE')).toEqual({ order: ['year', 'month', 'day'], separator: '-' });
  });

  it('reads loose typing: any separator, one-digit parts, two-digit years, no year, digits run together, ISO', () => {
    expect(parse('4.2.2026', 'nb-NO')).toBe('2026-02-04');
    expect(parse(' 04/02/26 ', 'nb-NO')).toBe('2026-02-04');
    expect(parse('4-2', 'nb-NO')).toBe('2026-02-04');
    expect(parse('04022026', 'da-DK')).toBe('2026-02-04');
    expect(parse('2026-02-04', 'es-ES')).toBe('2026-02-04');
    expect(parse('2026/2/4', 'en-GB')).toBe('2026-02-04');
    expect(parse('4-2-2026', 'nl-NL')).toBe('2026-02-04');
    expect(parse('20260204', 'sv-SE')).toBe('2026-02-04');
  });

  it('reads Swedish short dates and dates ending in the year day first, as Swedes write them', () => {
    expect(parse('2026-02-04', 'sv-SE')).toBe('2026-02-04');
    expect(parse('4/2', 'sv-SE')).toBe('2026-02-04');
    expect(parse('4.2.2026', 'sv-SE')).toBe('2026-02-04');
  });

  it('refuses impossible days and text that is no date, instead of rolling them over', () => {
    for (const text of ['31.02.2026', '29.02.2027', '0.1.2026', '12.13.2026', 'i morgen', '1.2.3.4', '123.4.2026', '1.2.202', ''])
      expect(parse(text, 'nb-NO'), text).toBeNull();
    expect(parse('29.02.2028', 'nb-NO')).toBe('2028-02-29');
  });
});

describe('the month calendar', () => {
  it('lays out whole weeks from the locale’s first weekday', () => {
    // December 2026 starts on a Tuesday: from Monday, the Monday before; from Sunday, the Sunday before.
    const fromMonday = monthGrid(2026, 11, 1);
    expect(fromMonday[0]).toBe('2026-11-30');
    expect(fromMonday).toHaveLength(35);
    expect(fromMonday.at(-1)).toBe('2027-01-03');
    expect(monthGrid(2026, 11, 7)[0]).toBe('2026-11-29');
    // February 2027 starts on a Monday and has exactly four weeks.
    expect(monthGrid(2027, 1, 1)).toHaveLength(28);
    // August 2026 starts on a Saturday: six weeks.
    expect(monthGrid(2026, 7, 1)).toHaveLength(42);
  });
});

describe('times typed the way people write them', () => {
  it('reads hours alone, digits run together, and any separator, on the 24-hour clock', () => {
    const read = ['9', '915', '0915', '9:15', '09.15', '9 15', '23:59'].map(parseTimeInput);
    expect(read).toEqual(['09:00', '09:15', '09:15', '09:15', '09:15', '09:15', '23:59']);
  });

  it('refuses what is no time of day', () => {
    for (const text of ['24:00', '9:75', 'lunch', '12345', '', '9:5']) expect(parseTimeInput(text), text).toBeNull();
  });

  it('writes a time as the locale does: a full stop in Danish', () => {
    expect(LANGUAGES.map((l) => formatTimeInput('09:05', LOCALES[l]))).toEqual([
      '09:05',
      '09:05',
      '09:05',
      '09.05',
      '09:05',
      '09:05',
    ]);
  });
});
