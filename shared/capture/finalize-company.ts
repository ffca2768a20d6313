import type { Captured, CapturedCompany } from './captured';
import { socialProfileKey } from './social-profiles';
import { countryOfDomain, domainOfUrl } from './web-url';

/**
 * Derives what follows from the chosen values, each carrying the source of the value it came
 * from: domain from website; country from the address, else the VAT prefix, else the ccTLD.
 * Social profiles are deduplicated (one network may appear as twitter.com and x.com).
 * Also drops absent fields and orders the rest as the schema does, for readable JSON.
 */
export function finalizeCompany(company: CapturedCompany): CapturedCompany {
  const out: CapturedCompany = { ...company };
  if (out.domain === undefined && out.website !== undefined) {
    const domain = domainOfUrl(out.website.value);
    if (domain !== undefined) out.domain = { value: domain, source: out.website.source };
  }
  out.country ??= countryOf(out);
  const profiles = new Map<string, Captured<string>>();
  for (const profile of out.socialProfiles) {
    const key = socialProfileKey(profile.value);
    if (!profiles.has(key)) profiles.set(key, profile);
  }
  out.socialProfiles = [...profiles.values()];
  const ordered = {} as CapturedCompany;
  for (const key of ORDER) if (out[key] !== undefined) Object.assign(ordered, { [key]: out[key] });
  return ordered;
}

const ORDER = [
  'name',
  'website',
  'domain',
  'logo',
  'email',
  'phone',
  'address',
  'socialProfiles',
  'orgNumber',
  'vatNumber',
  'leiCode',
  'country',
  'description',
] as const satisfies readonly (keyof CapturedCompany)[];

function countryOf(company: CapturedCompany): CapturedCompany['country'] {
  const fromAddress = company.address?.value.country;
  if (fromAddress !== undefined && /^[A-Z]{2}$/.test(fromAddress) && company.address) {
    return { value: fromAddress, source: company.address.source };
  }
  const prefix = company.vatNumber?.value.slice(0, 2);
  if (prefix !== undefined && company.vatNumber && ['NO', 'SE', 'DK', 'GB', 'NL'].includes(prefix)) {
    return { value: prefix, source: company.vatNumber.source };
  }
  const fromTld = countryOfDomain(company.domain?.value);
  return fromTld !== undefined && company.domain ? { value: fromTld, source: company.domain.source } : undefined;
}
