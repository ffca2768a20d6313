import { compactOrgNumber } from '../org-number/compact-org-number';
import { validateOrgNumber as validateRegisterNumber, type OrgCountry, type OrgNumberValidation } from '../org-number/org-number';
import { invalid } from '../org-number/org-number-validation';

/** ISO 3166 codes of the countries whose company registers we validate numbers for. */
export type OrgNumberCountry = OrgCountry;

export type { OrgNumberValidation } from '../org-number/org-number';

// A Record, so adding a country to OrgCountry without listing it here is a compile error.
const SUPPORTED: Record<OrgNumberCountry, true> = { NO: true, SE: true, DK: true, GB: true, NL: true };

const MAX_UNKNOWN_LENGTH = 40;

// Control, format, private-use and unassigned code points, and line/paragraph separators.
const UNPRINTABLE = /[\p{C}\p{Zl}\p{Zp}]/u;

export function isOrgNumberCountry(code: string): code is OrgNumberCountry {
  return Object.hasOwn(SUPPORTED, code);
}

/**
 * Checks an org number against its country's register rules (check digit, length, format).
 * Other countries are not validated, since we do not know their registers, but the value must
 * still be 1–40 printable characters so junk (pasted paragraphs, control characters) stays out.
 * The country code is read case-insensitively: "no" must not slip past the Norwegian MOD11 check.
 */
export function validateOrgNumber(country: OrgNumberCountry | (string & {}), value: string): OrgNumberValidation {
  const code = country.trim().toUpperCase();
  if (isOrgNumberCountry(code)) return validateRegisterNumber(code, value);
  return validateUnknownCountry(value);
}

function validateUnknownCountry(value: string): OrgNumberValidation {
  const formatted = value.trim();
  const normalized = compactOrgNumber(formatted);
  if (UNPRINTABLE.test(formatted)) return invalid('characters');
  if ([...formatted].length > MAX_UNKNOWN_LENGTH) return invalid('length', normalized);
  // "-" or " . " is printable but leaves nothing to store or compare.
  if (normalized === '') return invalid('empty');
  return { valid: true, normalized, formatted };
}
