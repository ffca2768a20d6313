const FULL_DATE = /^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$/;
const NO_YEAR = /^--(\d{2})-?(\d{2})$/;

/**
 * BDAY as `YYYY-MM-DD` or `--MM-DD` (no year). Accepts ISO basic and extended forms with or
 * without a time; Apple marks a birthday without year by a made-up year in X-APPLE-OMIT-YEAR.
 * Anything else is kept as written rather than dropped.
 */
export function readVCardBirthday(value: string, omitYear?: string): string | null {
  const text = value.trim();
  const full = FULL_DATE.exec(text);
  if (full) return full[1] === omitYear ? `--${full[2]}-${full[3]}` : `${full[1]}-${full[2]}-${full[3]}`;
  const noYear = NO_YEAR.exec(text);
  if (noYear) return `--${noYear[1]}-${noYear[2]}`;
  return text || null;
}

/** RFC 6350 §4.3 wants the basic format (19960415, --0415); anything else goes as text. */
export function writeVCardBirthday(birthday: string): { valueType: 'date' | 'text'; value: string } {
  const text = birthday.trim();
  const full = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text);
  if (full) return { valueType: 'date', value: `${full[1]}${full[2]}${full[3]}` };
  const noYear = NO_YEAR.exec(text);
  if (noYear) return { valueType: 'date', value: `--${noYear[1]}${noYear[2]}` };
  return { valueType: 'text', value: text };
}
