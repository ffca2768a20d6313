/**
 * Times of day typed the way people write them: "9", "915", "9:15", "09.15" (Danish and
 * Norwegian write a full stop), read back to "HH:MM" on the 24-hour clock all six locales use.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

/** "09:15" as the locale writes it: "09:15", "09.15" in Danish. */
export function formatTimeInput(hhmm: string, locale: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) return hhmm;
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format.format(Date.UTC(2026, 0, 1, Number(match[1]), Number(match[2])));
}

/** A typed time as "HH:MM", or null when it is none (25:00, 9:75, "lunch"). */
export function parseTimeInput(text: string): string | null {
  const trimmed = text.trim();
  const parts = /^(\d{1,2})(?:\D?(\d{2}))?$/.exec(trimmed);
  if (!parts) return null;
  const hours = Number(parts[1]);
  const minutes = Number(parts[2] ?? 0);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
