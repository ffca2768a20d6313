import { currentI18n } from '../../ui/i18n/use-i18n';

/**
 * Amounts are stored in minor units (øre, öre, cent) with an ISO currency code. The dashboard
 * shows them as the user's locale writes numbers, with the currency's code ("NOK 7,500.50",
 * "7 500,50 NOK"), and reads what people type in either Nordic or English style ("1 234,50",
 * "1.234,50", "1,234.50").
 */
const MAX_MINOR = 1e13;

/** Minor-unit digits as Intl knows them: NOK 2, ISK 0, JPY 0; 2 for a code Intl does not know. */
export function minorDigits(currency: string): number {
  try {
    // Any locale would do: a currency has the same minor digits in all of them.
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function formatMoney(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const major = amountMinor / 10 ** digits;
  try {
    return new Intl.NumberFormat(currentI18n().f.locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'code',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(major);
  } catch {
    return `${currency} ${major.toFixed(digits)}`;
  }
}

/** Sums per currency ("EUR 300.00 · NOK 7,500.50"), by currency code; null when there are none. */
export function formatTotals(totals: Record<string, number>): string | null {
  const entries = Object.entries(totals).sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0 ? null : entries.map(([currency, minor]) => formatMoney(minor, currency)).join(' · ');
}

/** What an amount input starts from: "7500.50", which `parseMoney` reads back exactly. */
export function moneyInput(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

type Decimal = { negative: boolean; whole: string; fraction: string };

/**
 * Digits as typed, with spaces or apostrophes between thousands. With both `,` and `.` the last
 * one is the decimal mark; one of them alone, once, is the decimal mark ("12,5"); several times,
 * it groups thousands ("1.234.567"). Groups must have three digits, so a typo is not read as a
 * different amount.
 */
export function parseDecimal(text: string): Decimal | null {
  let s = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  const negative = /^[-\u2212]/.test(s);
  if (negative) s = s.slice(1);
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  let mark: ',' | '.' | null = null;
  if (comma >= 0 && dot >= 0) mark = comma > dot ? ',' : '.';
  else if (comma >= 0 && s.split(',').length === 2) mark = ',';
  else if (dot >= 0 && s.split('.').length === 2) mark = '.';
  const [wholeText = '', fraction = '', ...more] = mark ? s.split(mark) : [s];
  if (more.length > 0) return null;
  const group = mark === ',' ? '.' : ',';
  const grouped = wholeText.includes(group) || (!mark && /[.,]/.test(wholeText));
  if (grouped && !/^\d{1,3}([.,]\d{3})+$/.test(wholeText)) return null;
  const whole = wholeText.replace(/[.,]/g, '') || (fraction ? '0' : '');
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) return null;
  return { negative, whole, fraction };
}

/** "1 234,50" NOK → 123450 øre; the problem in words when it is not an amount in that currency. */
export function parseMoney(text: string, currency: string): Parsed<number> {
  const { t } = currentI18n();
  if (!text.trim()) return { ok: false, problem: t('dashboard.form.required') };
  const decimal = parseDecimal(text);
  if (!decimal) return { ok: false, problem: t('dashboard.money.notAmount') };
  const digits = minorDigits(currency);
  if (decimal.fraction.length > digits) {
    const problem = digits === 0 ? t('dashboard.money.whole', { currency }) : t('dashboard.money.decimals', { digits });
    return { ok: false, problem };
  }
  const minor = Number(decimal.whole + decimal.fraction.padEnd(digits, '0'));
  if (minor > MAX_MINOR) return { ok: false, problem: t('dashboard.money.tooLarge') };
  return { ok: true, value: decimal.negative && minor !== 0 ? -minor : minor };
}

/** A number as typed ("1 234,5", "12.5", "-3"); null when it is not one. */
export function parseNumber(text: string): number | null {
  const decimal = parseDecimal(text);
  if (!decimal) return null;
  const n = Number(`${decimal.whole}.${decimal.fraction || '0'}`);
  return decimal.negative && n !== 0 ? -n : n;
}
