import { invalid, stripSeparators, type OrgNumberValidation } from './org-number-validation';

/**
 * KvK (Kamer van Koophandel) numbers are 8 digits with no check digit, so all we can
 * reject is the wrong length and the all-zero placeholder.
 */
export function validateDutchKvk(input: string): OrgNumberValidation {
  if (input.trim() === '') return invalid('empty');
  const digits = stripSeparators(input);
  if (digits === null) return invalid('characters');
  if (digits.length !== 8) return invalid('length', digits);
  if (/^0+$/.test(digits)) return invalid('format', digits);
  return { valid: true, normalized: digits, formatted: digits };
}
