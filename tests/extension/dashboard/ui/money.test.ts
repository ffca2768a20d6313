import { beforeAll, describe, expect, it } from 'vitest';
import { startLanguage } from '../../../../extension/ui/i18n/use-i18n';
import { formatMoney, formatTotals, moneyInput, parseMoney, parseNumber } from '../../../../extension/dashboard/ui/money';

/** Intl puts a no-break space between the code and the amount. */
const plain = (s: string | null) => s?.replace(/\u00a0/g, ' ');

// English, as the test browser speaks it; no document here, so the lang attribute goes on a stand-in.
beforeAll(() => startLanguage('en', {} as HTMLElement));

describe('amounts in minor units', () => {
  it('reads amounts typed in Nordic or English style as minor units', () => {
    for (const text of ['1 234,50', '1\u00a0234,50', '1.234,50', '1,234.50', '1234.5', '1234,5']) {
      expect(parseMoney(text, 'NOK'), text).toEqual({ ok: true, value: 123_450 });
    }
    expect(parseMoney('1.234.567', 'SEK')).toEqual({ ok: true, value: 123_456_700 });
    expect(parseMoney('-75,5', 'EUR')).toEqual({ ok: true, value: -7_550 });
    expect(parseMoney('0,05', 'NOK')).toEqual({ ok: true, value: 5 });
    expect(parseMoney('1500', 'ISK')).toEqual({ ok: true, value: 1_500 });
  });

  it('refuses what it cannot read exactly instead of guessing', () => {
    expect(parseMoney('', 'NOK')).toEqual({ ok: false, problem: 'is required' });
    expect(parseMoney('twelve', 'NOK')).toEqual({ ok: false, problem: 'must be an amount such as 1 234,50' });
    expect(parseMoney('1.23.4', 'NOK')).toEqual({ ok: false, problem: 'must be an amount such as 1 234,50' });
    // One comma with three digits after it could be either reading: say so rather than pick one.
    expect(parseMoney('1,234', 'NOK')).toEqual({ ok: false, problem: 'has more than 2 decimals' });
    expect(parseMoney('10,5', 'ISK')).toEqual({ ok: false, problem: 'must be whole ISK' });
    expect(parseMoney('100000000000000', 'NOK')).toEqual({ ok: false, problem: 'is too large' });
  });

  it('formats per currency, and the input form reads back to the same amount', () => {
    expect(plain(formatMoney(750_050, 'NOK'))).toBe('NOK 7,500.50');
    expect(plain(formatMoney(1_500, 'ISK'))).toBe('ISK 1,500');
    expect(plain(formatTotals({ NOK: 750_050, EUR: 30_000 }))).toBe('EUR 300.00 · NOK 7,500.50');
    expect(formatTotals({})).toBeNull();
    for (const [minor, currency] of [
      [750_050, 'NOK'],
      [5, 'SEK'],
      [-5, 'EUR'],
      [1_500, 'ISK'],
    ] as const) {
      expect(moneyInput(minor, currency)).not.toContain(' ');
      expect(parseMoney(moneyInput(minor, currency), currency)).toEqual({ ok: true, value: minor });
    }
  });

  it('writes amounts and problems in the language the user picked', async () => {
    await startLanguage('nb', {} as HTMLElement);
    try {
      expect(plain(formatMoney(750_050, 'NOK'))).toBe('7 500,50 NOK');
      expect(parseMoney('tolv', 'NOK')).toEqual({ ok: false, problem: 'må være et beløp, for eksempel 1 234,50' });
      expect(parseMoney('1,234', 'NOK')).toEqual({ ok: false, problem: 'har mer enn 2 desimaler' });
    } finally {
      await startLanguage('en', {} as HTMLElement);
    }
  });

  it('reads plain numbers with a decimal comma or point', () => {
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('1 250')).toBe(1250);
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber('12 apples')).toBeNull();
  });
});
