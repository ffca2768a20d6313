/** Countries whose company registers Fjord CRM knows how to validate numbers for. */
export type OrgCountry = 'NO' | 'SE' | 'DK' | 'GB' | 'NL';

export type OrgNumberFailure = 'empty' | 'characters' | 'length' | 'format' | 'checksum' | 'date';

export type OrgNumberValidation = {
  valid: boolean;
  /** The canonical form to store: digits only, or the UK's 8-character number. */
  normalized: string;
  /** How the number is written for people in its own country. */
  formatted: string;
  reason?: OrgNumberFailure;
};

export function invalid(reason: OrgNumberFailure, normalized = ''): OrgNumberValidation {
  return { valid: false, normalized, formatted: normalized, reason };
}

/**
 * Strips what people put between digit groups (spaces, dots, dashes, NBSP).
 * Returns null when anything else is left in the middle, so "88964{782" is malformed, not "88964782".
 */
export function stripSeparators(input: string, allowed: RegExp = /^[0-9]*$/): string | null {
  const compact = input.trim().replace(/[\s\u00a0\u202f.\-\u2013]/g, '');
  return allowed.test(compact) ? compact : null;
}

/** Sum of digit × weight; the shared step of the Nordic MOD11 checks. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * (weights[i] ?? 0);
  return sum;
}
