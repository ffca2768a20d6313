import type { CapturedCompany } from '../../shared/capture/captured';
import type { MutationArgs } from '../../shared/mutations/registry';

/** The quick-add form's values: plain strings the user edits. */
export type CompanyDraft = {
  name: string;
  website: string;
  orgNumber: string;
  vatNumber: string;
  country: string;
  email: string;
  phone: string;
  street: string;
  postalCode: string;
  city: string;
  logoUrl: string;
  socialProfiles: string[];
};

export function draftFromCapture(c: CapturedCompany | undefined, url: string | null): CompanyDraft {
  const address = c?.address?.value;
  return {
    name: c?.name?.value ?? '',
    website: c?.website?.value ?? (url ? new URL(url).origin : ''),
    orgNumber: c?.orgNumber?.value ?? '',
    vatNumber: c?.vatNumber?.value ?? '',
    country: (c?.country?.value ?? address?.country ?? '').slice(0, 2).toUpperCase(),
    email: c?.email?.value ?? '',
    phone: c?.phone?.value ?? '',
    street: address?.street ?? '',
    postalCode: address?.postalCode ?? '',
    city: address?.city ?? '',
    logoUrl: c?.logo?.value ?? '',
    socialProfiles: (c?.socialProfiles ?? []).map((p) => p.value),
  };
}

export function createArgsFromDraft(id: string, d: CompanyDraft): MutationArgs<'company.create'> {
  const country = /^[A-Za-z]{2}$/.test(d.country.trim()) ? d.country.trim() : null;
  const hasAddress = [d.street, d.postalCode, d.city].some((v) => v.trim() !== '');
  return {
    id,
    name: d.name,
    website: d.website,
    orgNumber: d.orgNumber,
    vatNumber: d.vatNumber,
    country,
    email: d.email,
    phone: d.phone,
    logoUrl: d.logoUrl,
    address: hasAddress ? { street: d.street, postalCode: d.postalCode, city: d.city, country } : null,
    socialProfiles: d.socialProfiles,
  };
}
