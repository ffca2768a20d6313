/**
 * Dates typed the way a locale writes them ("04.12.2026" in Norway, "2026-12-04" in Sweden,
 * "04-12-2026" in the Netherlands), read back to ISO days. The browser's own date input follows the
 * browser's locale, not the user's pick in Fjord, so a Norwegian user of an English browser would
 * see mm/dd/yyyy: Fjord's date fields are text fields written with these.
 */
export type DatePart = 'day' | 'month' | 'year';
export type DateShape = { order: DatePart[]; separator: string };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const shapes = new Map<string, DateShape>();
const numeric = new Map<string, Intl.DateTimeFormat>();

function numericFormat(locale: string): Intl.DateTimeFormat {
  let format = numeric.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    numeric.set(locale, format);
  }
  return format;
}

/** The order of day, month and year in the locale's short numeric date, and what separates them. */
export function dateShape(locale: string): DateShape {
  let shape = shapes.get(locale);
  if (!shape) {
    const parts = numericFormat(locale).formatToParts(Date.UTC(2026, 11, 31));
    const order = parts.map((p) => p.type).filter((t): t is DatePart => t === 'day' || t === 'month' || t === 'year');
    const separator = parts.find((p) => p.type === 'literal')?.value.trim() || '.';
    shape = { order, separator };
    shapes.set(locale, shape);
  }
  return shape;
}

/** What the field shows for an empty value: "dd.mm.åååå", with the year's letter in the language's word for year. */
export function datePattern(locale: string, yearLetter: string): string {
  const { order, separator } = dateShape(locale);
  const letters: Record<DatePart, string> = { day: 'dd', month: 'mm', year: yearLetter.repeat(4) };
  return order.map((part) => letters[part]).join(separator);
}

/** An ISO day ("2026-12-04") as the locale writes it in a field ("04.12.2026"); anything else as given. */
export function formatDateInput(iso: string, locale: string): string {
  const match = ISO_DAY.exec(iso);
  if (!match) return iso;
  return numericFormat(locale).format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

export type ParsedDate = { ok: true; iso: string } | { ok: false };

/**
 * Reads what a user typed: the locale's order with any separator (4.12.2026, 4/12/26, 04-12-2026),
 * the day and month alone for this year, eight digits run together, or an ISO day. Impossible days
 * (31.02.2026) are refused, not rolled over into March.
 */
export function parseDateInput(text: string, locale: string, today: Date = new Date()): ParsedDate {
  const trimmed = text.trim();
  const iso = ISO_DAY.exec(trimmed) ?? /^(\d{4})\D(\d{1,2})\D(\d{1,2})$/.exec(trimmed);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const { order } = dateShape(locale);
  let pieces = trimmed.split(/[^\d]+/).filter(Boolean);
  if (pieces.length === 1 && /^\d{8}$/.test(pieces[0]!)) {
    const digits = pieces[0]!;
    let at = 0;
    pieces = order.map((part) => digits.slice(at, (at += part === 'year' ? 4 : 2)));
  }
  // Where the year comes first (Swedish), a short date or one ending in the year is still day first: "4/2", "4.2.2026".
  const read: DatePart[] =
    order[0] === 'year' && (pieces.length === 2 || pieces[2]?.length === 4) ? ['day', 'month', 'year'] : order;
  if (pieces.length === 2) pieces = [...pieces, String(today.getFullYear())];
  if (pieces.length !== 3 || pieces.some((p) => p.length > 4)) return { ok: false };
  const value = Object.fromEntries(read.map((part, i) => [part, pieces[i]!])) as Record<DatePart, string>;
  if (value.day.length > 2 || value.month.length > 2 || value.year.length === 1 || value.year.length === 3) return { ok: false };
  const year = value.year.length === 2 ? 2000 + Number(value.year) : Number(value.year);
  return day(year, Number(value.month), Number(value.day));
}

function day(year: number, month: number, dayOfMonth: number): ParsedDate {
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  if (year < 1000 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== dayOfMonth) return { ok: false };
  return { ok: true, iso: isoDay(date) };
}

/** A UTC date's day as ISO. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** The days a month view shows: whole weeks from the locale's first weekday, so 35 or 42 days. */
export function monthGrid(year: number, month: number, firstDayOfWeek: number): string[] {
  const first = new Date(Date.UTC(year, month, 1));
  // Intl numbers weekdays 1 (Monday) to 7 (Sunday); getUTCDay numbers Sunday 0.
  const weekday = first.getUTCDay() || 7;
  const lead = (weekday - firstDayOfWeek + 7) % 7;
  const start = Date.UTC(year, month, 1 - lead);
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const weeks = Math.ceil((lead + daysInMonth) / 7);
  return Array.from({ length: weeks * 7 }, (_, i) => isoDay(new Date(start + i * 86_400_000)));
}
