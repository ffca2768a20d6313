import { invalid, type OrgNumberValidation } from './org-number-validation';
import { mod97 } from './vat-number';

/** ISO 17442 Legal Entity Identifier: 18 alphanumerics and 2 check digits, MOD 97-10. */
export function validateLeiCode(input: string): OrgNumberValidation {
  const compact = input.toUpperCase().replace(/[\s\u00a0]/g, '');
  if (compact === '') return invalid('empty');
  if (!/^[A-Z0-9]+$/.test(compact)) return invalid('characters');
  if (compact.length !== 20) return invalid('length', compact);
  if (!/\d{2}$/.test(compact) || mod97(compact) !== 1) return invalid('checksum', compact);
  return { valid: true, normalized: compact, formatted: compact };
}
