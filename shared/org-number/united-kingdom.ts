import { invalid, type OrgNumberValidation } from './org-number-validation';

// Companies House prefixes: SC Scotland, NI Northern Ireland, OC/SO/NC LLPs, R0 pre-partition NI, etc.
const PREFIXES = new Set([
  'AC',
  'BR',
  'CE',
  'CS',
  'FC',
  'GE',
  'GN',
  'GS',
  'IC',
  'IP',
  'LP',
  'NA',
  'NF',
  'NI',
  'NL',
  'NO',
  'NP',
  'NR',
  'NZ',
  'OC',
  'R0',
  'RC',
  'RS',
  'SA',
  'SC',
  'SE',
  'SF',
  'SG',
  'SI',
  'SL',
  'SO',
  'SP',
  'SR',
  'SZ',
  'ZC',
]);

/**
 * UK company numbers are 8 characters: 8 digits, or a 2-character prefix and 6 digits.
 * Sites often drop leading zeros ("No. 445790"), so shorter numeric forms are zero-padded.
 * There is no check digit.
 */
export function validateUkCompanyNumber(input: string): OrgNumberValidation {
  const compact = input
    .trim()
    .replace(/[\s\u00a0.-]/g, '')
    .toUpperCase();
  if (compact === '') return invalid('empty');
  if (!/^[A-Z0-9]+$/.test(compact)) return invalid('characters');
  if (/^\d+$/.test(compact)) {
    if (compact.length > 8) return invalid('length', compact);
    const padded = compact.padStart(8, '0');
    if (/^0+$/.test(padded)) return invalid('format', padded);
    return { valid: true, normalized: padded, formatted: padded };
  }
  if (compact.length !== 8) return invalid('length', compact);
  if (!PREFIXES.has(compact.slice(0, 2)) || !/^\d{6}$/.test(compact.slice(2))) {
    return invalid('format', compact);
  }
  return { valid: true, normalized: compact, formatted: compact };
}
