import type { CapturedCompany } from './captured';
import { nameKey } from './clean-text';
import { socialProfileKey } from './social-profiles';
import { domainOfUrl } from './web-url';

type Field = Exclude<keyof CapturedCompany, 'socialProfiles'>;
const FIELDS: readonly Field[] = [
  'name',
  'website',
  'domain',
  'logo',
  'email',
  'phone',
  'address',
  'orgNumber',
  'vatNumber',
  'leiCode',
  'country',
  'description',
];

/**
 * Fills what `into` lacks from `from`. `into` must be the more trusted of the two: each field
 * keeps the value (and source) it first got. Social profiles are pooled, deduplicated.
 */
export function mergeCompany(into: CapturedCompany, from: CapturedCompany): CapturedCompany {
  const merged: CapturedCompany = { ...into, socialProfiles: [...into.socialProfiles] };
  for (const field of FIELDS) {
    if (merged[field] === undefined && from[field] !== undefined) Object.assign(merged, { [field]: from[field] });
  }
  const seen = new Set(merged.socialProfiles.map((p) => socialProfileKey(p.value)));
  for (const profile of from.socialProfiles) {
    const key = socialProfileKey(profile.value);
    if (!seen.has(key)) merged.socialProfiles.push(profile);
    seen.add(key);
  }
  return merged;
}

/** Same organisation: same name (legal form aside), same org or VAT number, or unnamed on the same domain. */
export function sameOrganisation(a: CapturedCompany, b: CapturedCompany): boolean {
  const nameA = nameKey(a.name?.value);
  const nameB = nameKey(b.name?.value);
  if (nameA !== undefined && nameA === nameB) return true;
  if (a.orgNumber && a.orgNumber.value === b.orgNumber?.value) return true;
  if (a.vatNumber && a.vatNumber.value === b.vatNumber?.value) return true;
  if (nameA !== undefined && nameB !== undefined) return false;
  const domainA = domainOfUrl(a.website?.value);
  return domainA !== undefined && domainA === domainOfUrl(b.website?.value);
}
