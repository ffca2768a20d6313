import type { CapturedCompany } from '../../shared/capture/captured';
import type { MutationArgs } from '../../shared/mutations/registry';
import { draftFromRegister as sharedDraftFromRegister, type RegisterFields } from '../../shared/registers/draft-from-register';
import type { RegisterCompany } from '../../shared/registers/register-company';

/** What a register pick adds beyond the form's fields. */
export type RegisterExtras = Pick<RegisterFields, 'orgForm' | 'naceCode' | 'employees' | 'postalAddress' | 'registerStatus'> & {
  naceLabel: string | null;
  orgFormLabel: string | null;
};

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
  /** Set by picking the company in a register; cleared when the org number is edited away from it. */
  register: RegisterExtras | null;
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
    register: null,
  };
}

/** The draft after picking `unit` in a register, by the shared rule; the popup keeps what it does not show aside. */
export function draftFromRegister(d: CompanyDraft, unit: RegisterCompany): CompanyDraft {
  return sharedDraftFromRegister(d, unit, (f) => ({
    street: f.address?.street ?? '',
    postalCode: f.address?.postalCode ?? '',
    city: f.address?.city ?? '',
    register: {
      orgForm: f.orgForm,
      naceCode: f.naceCode,
      employees: f.employees,
      postalAddress: f.postalAddress,
      registerStatus: f.registerStatus,
      naceLabel: unit.nace?.label ?? null,
      orgFormLabel: unit.orgForm?.label ?? null,
    },
  }));
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
    ...(d.register && {
      orgForm: d.register.orgForm,
      naceCode: d.register.naceCode,
      employees: d.register.employees,
      postalAddress: d.register.postalAddress,
      registerStatus: d.register.registerStatus,
    }),
  };
}
