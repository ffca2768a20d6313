export type VCardName = { firstName: string; lastName: string | null; fullName: string };

export type VCardNameSources = {
  /** N's five components (family, given, additional, prefixes, suffixes), each a list; null without N. */
  n: string[][] | null;
  fn: string | null;
  /** KIND:org, Apple's X-ABShowAs:COMPANY, or FN equal to ORG: the card names a company, not a person. */
  isCompany: boolean;
  /** What to show when there is neither FN nor N: ORG, then the first e-mail or phone. */
  fallback: string | null;
};

/**
 * First, last and full name from N and FN, each filling in for the other: FN is what the
 * sender chose to display, N says which part is the family name. A card with FN only is split
 * at the last word, or before a Dutch/German/Scandinavian particle ("Jan van der Berg" →
 * "Jan" + "van der Berg"), and "Nordmann, Ola" is read family name first.
 */
export function vcardName({ n, fn, isCompany, fallback }: VCardNameSources): VCardName {
  const [family = [], given = [], middle = [], prefixes = [], suffixes = []] = n ?? [];
  const firstName = given.join(' ');
  const lastName = family.join(' ');
  const fromN = [...prefixes, ...given, ...middle, ...family].join(' ') + (suffixes.length ? `, ${suffixes.join(', ')}` : '');
  const fullName = fn || fromN || fallback || '';
  if (firstName || lastName) return { firstName, lastName: lastName || null, fullName };
  if (isCompany || !fn || CONTACT_POINT.test(fn)) return { firstName: '', lastName: null, fullName };
  return { ...splitFullName(fn), fullName };
}

// Phones name unnamed contacts after their number or e-mail address; that is not a person's name.
const CONTACT_POINT = /@|^[+\d\s()./-]+(?:ext\.? ?\d+)?$/;
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'het',
  "'t",
  'ter',
  'ten',
  'te',
  'in',
  'op',
  'af',
  'zu',
  'du',
  'da',
  'di',
  'la',
  'le',
]);
const HONORIFIC = /^(dr|mr|mrs|ms|miss|prof|hr|fr|dhr|mevr|ir|drs|ing)\.?$/i;
const SUFFIX = /^(jr|sr|ii|iii|iv|phd|md|m\.d|esq)\.?$/i;

function splitFullName(fn: string): { firstName: string; lastName: string | null } {
  const [before = '', after = ''] = fn.split(/\s*,\s*/);
  const comma = fn.split(',').length === 2 && after !== '';
  if (comma && !SUFFIX.test(after)) return { firstName: after, lastName: before || null };
  // "John Smith, Jr.": the suffix is part of the full name, not of the first or last name.
  const tokens = (comma ? before : fn).split(/\s+/).filter(Boolean);
  while (tokens.length > 2 && HONORIFIC.test(tokens[0] ?? '')) tokens.shift();
  if (tokens.length < 2) return { firstName: tokens.join(' '), lastName: null };
  const particle = tokens.findIndex((token, i) => i > 0 && i < tokens.length - 1 && PARTICLES.has(token.toLowerCase()));
  const split = particle > 0 ? particle : tokens.length - 1;
  return { firstName: tokens.slice(0, split).join(' '), lastName: tokens.slice(split).join(' ') };
}
