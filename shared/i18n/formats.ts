import { LOCALES, type Language } from './languages';

type When = Date | number | string;
const toDate = (value: When) => (value instanceof Date ? value : new Date(value));

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.345],
  ['month', 12],
  ['year', Infinity],
];

/** A value made on first use and kept. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** Monday unless the locale says otherwise; `weekInfo` is missing in older engines, where Monday is right for all six. */
function firstDayOfWeek(locale: string): number {
  const info = (new Intl.Locale(locale) as Intl.Locale & { weekInfo?: { firstDay: number } }).weekInfo;
  return info?.firstDay ?? 1;
}

/**
 * Dates, numbers, money and names the way one language writes them. Every screen formats through
 * this, so a user sees one date format wherever they look.
 */
export function formatsFor(language: Language) {
  const locale = LOCALES[language];
  // Each formatter is built on first use: building all of them costs tens of milliseconds, which the
  // popup (opened on every click) would pay for formats it never shows.
  const date = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
  const dateTime = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
  const time = lazy(() => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }));
  const day = lazy(() => new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' }));
  const dayMonth = lazy(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }));
  const integer = lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
  const decimal = lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 10 }));
  const percent = lazy(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }));
  const relative = lazy(() => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const regions = lazy(() => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }));
  const lists = lazy(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  const weekStart = lazy(() => firstDayOfWeek(locale));
  const currencies = new Map<string, Intl.NumberFormat>();
  return {
    language,
    locale,
    get firstDayOfWeek() {
      return weekStart();
    },
    /** "4 Dec 2026", "4. des. 2026", "4 dic 2026". */
    date: (value: When) => date().format(toDate(value)),
    dateTime: (value: When) => dateTime().format(toDate(value)),
    time: (value: When) => time().format(toDate(value)),
    /** A day heading in a week: "Fri 4 Dec", "fre. 4. des.". */
    day: (value: When) => day().format(toDate(value)),
    /** A day of the year without one, from "MM-DD" (a birthday saved without its year): "23 April", "23. april". */
    dayMonth: (monthDay: string) => {
      const [month = 1, dayOfMonth = 1] = monthDay.split('-').map(Number);
      return dayMonth().format(new Date(Date.UTC(2000, month - 1, dayOfMonth)));
    },
    integer: (value: number) => integer().format(value),
    number: (value: number) => decimal().format(value),
    /** A fraction (0.25) as a percentage ("25 %" in Norwegian, "25%" in English). */
    percent: (fraction: number) => percent().format(fraction),
    /** An amount in its currency, with that currency's decimals: "kr 12 500,00", "€12,500.00". */
    money: (amount: number, currency: string) => {
      let format = currencies.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(locale, { style: 'currency', currency });
        currencies.set(currency, format);
      }
      return format.format(amount);
    },
    /** "3 days ago", "om 2 timer": the largest unit that keeps the number small. */
    relative: (value: When, now: number = Date.now()) => {
      let amount = (toDate(value).getTime() - now) / 1000;
      for (const [unit, size] of RELATIVE_STEPS) {
        if (Math.abs(amount) < size) return relative().format(Math.round(amount), unit);
        amount /= size;
      }
      return relative().format(Math.round(amount), 'year');
    },
    /** A country's name from its ISO code: "Norway", "Norge", "Noruega". */
    country: (code: string) => regions().of(code.toUpperCase()) ?? code,
    list: (items: string[]) => lists().format(items),
  };
}

export type Formats = ReturnType<typeof formatsFor>;
