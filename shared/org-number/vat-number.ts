import { validateDanishCvr } from './denmark';
import { validateNorwegianOrgNumber } from './norway';
import { invalid, weightedSum, type OrgCountry, type OrgNumberValidation } from './org-number-validation';
import { validateSwedishOrgNumber } from './sweden';

export type VatValidation = OrgNumberValidation & {
  country?: OrgCountry;
  /** NO, SE and DK VAT numbers embed the company's org number; GB and NL ones do not. */
  orgNumber?: string;
};

/**
 * Validates an EU-style VAT number with its country prefix ("NO923609016MVA", "SE556036079301",
 * "DK10150817", "GB999999973", "NL000099998B57"). A number that fails its check digit is more
 * likely a typo or a placeholder than a real registration, so it is rejected rather than stored.
 */
export function validateVatNumber(input: string): VatValidation {
  const compact = input.toUpperCase().replace(/[\s\u00a0.-]/g, '');
  if (compact === '') return invalid('empty');
  const prefix = compact.slice(0, 2);
  if (prefix === 'NO') return embedded('NO', compact, /^NO(\d{9})MVA$/, validateNorwegianOrgNumber, (n) => `NO${n}MVA`);
  if (prefix === 'SE')
    return embedded(
      'SE',
      compact,
      /^SE(\d{10})01$/,
      (n) => validateSwedishOrgNumber(n),
      (n) => `SE${n}01`,
    );
  if (prefix === 'DK') return embedded('DK', compact, /^DK(\d{8})$/, validateDanishCvr, (n) => `DK${n}`);
  if (prefix === 'GB') return britishVat(compact);
  if (prefix === 'NL') return dutchVat(compact);
  return invalid('format', compact);
}

function embedded(
  country: OrgCountry,
  compact: string,
  shape: RegExp,
  validate: (orgNumber: string) => OrgNumberValidation,
  compose: (orgNumber: string) => string,
): VatValidation {
  const inner = shape.exec(compact)?.[1];
  if (inner === undefined) return { ...invalid('format', compact), country };
  const org = validate(inner);
  if (!org.valid) return { ...invalid(org.reason ?? 'checksum', compact), country };
  const normalized = compose(org.normalized);
  return { valid: true, normalized, formatted: normalized, country, orgNumber: org.normalized };
}

// HMRC: weights 8..2 over the first 7 digits plus the last two as a number; the total is
// divisible by 97, or (numbers issued since 2010) is once 55 is added.
function britishVat(compact: string): VatValidation {
  const match = /^GB(?:(\d{9})(\d{3})?|(GD|HA)(\d{3}))$/.exec(compact);
  if (!match) return { ...invalid('format', compact), country: 'GB' };
  const [, digits, , department] = match;
  if (department !== undefined) return { valid: true, normalized: compact, formatted: compact, country: 'GB' };
  const nine = digits ?? '';
  const total = weightedSum(nine, [8, 7, 6, 5, 4, 3, 2]) + Number(nine.slice(7));
  if (total % 97 !== 0 && (total + 55) % 97 !== 0) return { ...invalid('checksum', compact), country: 'GB' };
  const formatted = `GB ${nine.slice(0, 3)} ${nine.slice(3, 7)} ${nine.slice(7)}${compact.slice(11)}`;
  return { valid: true, normalized: compact, formatted, country: 'GB' };
}

// Belastingdienst: the RSIN "elfproef" (weights 9..2, last digit −1) or, for numbers issued to
// sole traders since 2020, ISO 7064 MOD 97-10 over the whole string with letters as 10..35.
function dutchVat(compact: string): VatValidation {
  const match = /^NL(\d{9})B(\d{2})$/.exec(compact);
  if (!match) return { ...invalid('format', compact), country: 'NL' };
  const nine = match[1] ?? '';
  const elfproef = (weightedSum(nine, [9, 8, 7, 6, 5, 4, 3, 2]) - Number(nine[8])) % 11 === 0;
  if (!elfproef && mod97(compact) !== 1) return { ...invalid('checksum', compact), country: 'NL' };
  return { valid: true, normalized: compact, formatted: compact, country: 'NL' };
}

/** ISO 7064 MOD 97-10 with letters mapped A=10 … Z=35, computed digit by digit to stay in range. */
export function mod97(value: string): number {
  let remainder = 0;
  for (const char of value) {
    const n = /[A-Z]/.test(char) ? char.charCodeAt(0) - 55 : Number(char);
    remainder = (remainder * (n > 9 ? 100 : 10) + n) % 97;
  }
  return remainder;
}
