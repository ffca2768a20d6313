import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

export type PhoneCheck = { ok: true; e164: string } | { ok: false; reason: string };

/**
 * A phone number in E.164 (+4791234567), read as the user typed it ("912 34 567", "0047 912…",
 * "+46 8-123 456 78"): numbers without a country code are read in `defaultCountry`.
 */
export function normalizePhone(input: string, defaultCountry: string = 'NO'): PhoneCheck {
  const trimmed = input.trim().replace(/^00/, '+');
  if (trimmed === '') return { ok: false, reason: 'is empty' };
  const parsed = parsePhoneNumberFromString(trimmed, defaultCountry as CountryCode);
  if (!parsed || !parsed.isPossible()) return { ok: false, reason: `"${input}" is not a phone number` };
  return { ok: true, e164: parsed.number };
}

/** How a stored number is shown: national format at home, international elsewhere. */
export function formatPhone(e164: string, homeCountry: string = 'NO'): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === homeCountry ? parsed.formatNational() : parsed.formatInternational();
}
