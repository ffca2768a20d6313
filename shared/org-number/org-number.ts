import { validateDanishCvr } from './denmark';
import { validateDutchKvk } from './netherlands';
import { validateNorwegianOrgNumber } from './norway';
import { LABEL_RULES, skipFiller, type NumberCandidate, type NumberKind } from './org-number-labels';
import type { OrgCountry, OrgNumberValidation } from './org-number-validation';
import { validateSwedishOrgNumber } from './sweden';
import { validateUkCompanyNumber } from './united-kingdom';
import { validateVatNumber } from './vat-number';

export type { OrgCountry, OrgNumberValidation } from './org-number-validation';

const VALIDATORS: Record<OrgCountry, (input: string) => OrgNumberValidation> = {
  NO: validateNorwegianOrgNumber,
  SE: (input) => validateSwedishOrgNumber(input),
  DK: validateDanishCvr,
  GB: validateUkCompanyNumber,
  NL: validateDutchKvk,
};

/** Validates a company registration number from one of the registers we know. */
export function validateOrgNumber(country: OrgCountry, input: string): OrgNumberValidation {
  return VALIDATORS[country](input);
}

export type OrgNumberMatch = {
  kind: NumberKind;
  country: OrgCountry;
  /** Normalized: digits only, the UK's 8 characters, or the compact VAT number. */
  value: string;
  formatted: string;
  /** The label the number was found after, as written ("Org.nr.", "CVR-nr."). */
  label: string;
  /** Label and number as written. */
  raw: string;
  index: number;
};

/**
 * Finds org and VAT numbers that follow a label ("Org.nr. 923 609 016 MVA", "KvK 12345678",
 * "Registered in England and Wales No. 01234567") and pass their country's validation.
 * Only labelled numbers count: phone numbers, dates and prices look just like org numbers.
 */
export function detectOrgNumbers(text: string): OrgNumberMatch[] {
  const flat = text.replace(/[\u00a0\u2007\u202f]/g, ' ');
  const matches: OrgNumberMatch[] = [];
  let consumedUntil = 0;
  for (const label of findLabels(flat)) {
    if (label.index < consumedUntil) continue;
    const found = readAfterLabel(flat, label);
    if (!found) continue;
    consumedUntil = found.end;
    const raw = flat.slice(label.index, consumedUntil).trim();
    for (const hit of found.valid) {
      if (matches.some((m) => m.kind === hit.kind && m.value === hit.value)) continue;
      matches.push({ ...hit, label: label.text, raw, index: label.index });
    }
  }
  return matches;
}

type Label = { index: number; end: number; text: string; rule: (typeof LABEL_RULES)[number] };

function findLabels(text: string): Label[] {
  const labels: Label[] = [];
  for (const rule of LABEL_RULES) {
    for (const m of text.matchAll(rule.label)) {
      labels.push({ index: m.index, end: m.index + m[0].length, text: m[0], rule });
    }
  }
  // Earliest first; at the same place the longer label is the more specific one.
  return labels.sort((a, b) => a.index - b.index || b.end - a.end);
}

type Validated = Pick<OrgNumberMatch, 'kind' | 'country' | 'value' | 'formatted'>;

// Words such as "no." usually sit between label and number, but in "VAT: NO 923 609 016" the
// "NO" is the number's own prefix, so the text is also read with punctuation skipped only.
function readAfterLabel(text: string, label: Label): { valid: Validated[]; end: number } | null {
  const after = text.slice(label.end, label.end + 40);
  for (const words of [true, false]) {
    const start = label.end + skipFiller(after, words);
    const found = readNumber(label.rule, text.slice(start, start + 40));
    if (found) return { valid: found.valid, end: start + found.length };
  }
  return null;
}

function readNumber(rule: Label['rule'], tail: string): { valid: Validated[]; length: number } | null {
  for (const read of rule.readers) {
    const result = read(tail);
    if (!result || result.candidates.length === 0) continue;
    const valid = result.candidates.map(validateCandidate);
    if (valid.every((v): v is Validated => v !== null)) return { valid, length: result.length };
  }
  return null;
}

function validateCandidate(candidate: NumberCandidate): Validated | null {
  const { kind, country, input } = candidate;
  const check = kind === 'vatNumber' ? validateVatNumber(input) : validateOrgNumber(country, input);
  return check.valid ? { kind, country, value: check.normalized, formatted: check.formatted } : null;
}
