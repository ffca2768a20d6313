import { invalid, type OrgNumberValidation } from './org-number-validation';

/**
 * Swedish organisationsnummer: 10 digits, Luhn-checked, written NNNNNN-NNNN. The third digit
 * is ≥ 2 for legal entities; sole traders (enskild firma) use the owner's personnummer, whose
 * digits are a date (day + 60 for samordningsnummer) and which the spec allows too.
 * The 12-digit form carries "16" for organisations or the century for personnummer.
 * See https://organisationsnummer.dev (the meta spec our testdata comes from).
 */
export function validateSwedishOrgNumber(input: string, today: Date = new Date()): OrgNumberValidation {
  const trimmed = input.trim().replace(/^SE\s?/i, '');
  if (trimmed === '') return invalid('empty');
  const match = /^(\d{2})?(\d{6})\s?([-+\u2013]?)\s?(\d{4})$/.exec(trimmed.replace(/[\s\u00a0]/g, ''));
  if (!match) return /^[\d\s\u00a0+\-\u2013]+$/.test(trimmed) ? invalid('length') : invalid('characters');
  const [, century, head = '', separator, tail = ''] = match;
  const digits = head + tail;
  if (!luhnValid(digits)) return invalid('checksum', digits);
  const isPersonal = Number(digits[2]) < 2;
  if (century !== undefined && (century === '16') === isPersonal) return invalid('format', digits);
  if (century !== undefined && !['16', '18', '19', '20'].includes(century)) return invalid('format', digits);
  if (isPersonal && !plausibleBirthDate(digits)) return invalid('date', digits);
  const plus = separator === '+' || (isPersonal && century !== undefined && isCentenarian(century + digits.slice(0, 2), today));
  return { valid: true, normalized: digits, formatted: `${digits.slice(0, 6)}${plus ? '+' : '-'}${digits.slice(6)}` };
}

/** Luhn over all 10 digits, doubling from the first (Skatteverket's rule). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

function plausibleBirthDate(digits: string): boolean {
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  const realDay = day > 60 ? day - 60 : day;
  return month >= 1 && month <= 12 && realDay >= 1 && realDay <= 31;
}

// Personnummer swap "-" for "+" the year the holder turns 100.
function isCentenarian(birthYear: string, today: Date): boolean {
  return today.getFullYear() - Number(birthYear) >= 100;
}
