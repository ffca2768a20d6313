import { invalid, stripSeparators, weightedSum, type OrgNumberValidation } from './org-number-validation';

// Det Centrale Virksomhedsregister: 8 digits whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11.
const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/** Accepts "10150817", "10 15 08 17" and "DK10150817". */
export function validateDanishCvr(input: string): OrgNumberValidation {
  const bare = input.trim().replace(/^DK\s?/i, '');
  if (bare === '') return invalid('empty');
  const digits = stripSeparators(bare);
  if (digits === null) return invalid('characters');
  if (digits.length !== 8) return invalid('length', digits);
  if (digits.startsWith('0')) return invalid('format', digits);
  if (weightedSum(digits, WEIGHTS) % 11 !== 0) return invalid('checksum', digits);
  return { valid: true, normalized: digits, formatted: digits };
}
