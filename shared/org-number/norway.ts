import { invalid, stripSeparators, weightedSum, type OrgNumberValidation } from './org-number-validation';

// Brønnøysundregistrene: 9 digits, the last a MOD11 check digit over weights 3,2,7,6,5,4,3,2.
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Accepts "923 609 016", "923609016", and the VAT form "NO 923 609 016 MVA". */
export function validateNorwegianOrgNumber(input: string): OrgNumberValidation {
  const bare = input
    .trim()
    .replace(/^NO\s?/i, '')
    .replace(/\s?MVA$/i, '');
  if (bare === '') return invalid('empty');
  const digits = stripSeparators(bare);
  if (digits === null) return invalid('characters');
  if (digits.length !== 9) return invalid('length', digits);
  const check = norwegianCheckDigit(digits);
  if (check === null || check !== Number(digits[8])) return invalid('checksum', digits);
  return { valid: true, normalized: digits, formatted: `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` };
}

/** The check digit for the first 8 digits, or null when the remainder makes the number impossible. */
export function norwegianCheckDigit(digits: string): number | null {
  const remainder = weightedSum(digits, WEIGHTS) % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}
