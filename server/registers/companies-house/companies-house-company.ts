import { z } from 'zod';
import { compactOrgNumber } from '../../../shared/org-number/compact-org-number';
import { naceLabel, normalizeNaceCode } from '../../../shared/registers/nace';
import {
  registerFlags,
  type RegisterAddress,
  type RegisterCompany,
  type RegisterStatus,
} from '../../../shared/registers/register-company';
import { titleCase } from '../brreg/brreg-unit';

// Field names and enumerations: the Public Data API reference
// (developer-specs.company-information.service.gov.uk) and companieshouse/api-enumerations.
const Text = z.string().nullish();
type MaybeText = string | null | undefined;

const AddressSchema = z
  .object({
    care_of: Text,
    po_box: Text,
    premises: Text,
    address_line_1: Text,
    address_line_2: Text,
    locality: Text,
    postal_code: Text,
    country: Text,
  })
  .nullish();

/**
 * `GET /company/{number}`. `has_insolvency_history` is left out on purpose: it stays true after a
 * company leaves administration, so it is history, not standing; `company_status` says where it is now.
 */
export const ChCompanyProfileSchema = z.object({
  company_number: z.string(),
  company_name: z.string(),
  type: Text,
  company_status: Text,
  company_status_detail: Text,
  sic_codes: z.array(z.string()).nullish(),
  registered_office_address: AddressSchema,
  date_of_creation: Text,
  /** UK establishments of overseas companies name the company they belong to. */
  branch_company_details: z.object({ parent_company_number: Text }).nullish(),
});
export type ChCompanyProfile = z.infer<typeof ChCompanyProfileSchema>;

/** One hit of `GET /search/companies`: no SIC codes, so no industry. */
export const ChSearchItemSchema = z.object({
  company_number: z.string(),
  title: z.string(),
  company_type: Text,
  company_status: Text,
  address: AddressSchema,
  date_of_creation: Text,
});
export type ChSearchItem = z.infer<typeof ChSearchItemSchema>;

/** One item of `GET /company/{number}/uk-establishments`: status is `open` or `closed`. */
export const ChEstablishmentSchema = z.object({
  company_number: z.string(),
  company_name: z.string(),
  company_status: Text,
  locality: Text,
});
export type ChEstablishment = z.infer<typeof ChEstablishmentSchema>;

/** Upper case, and zero-padded to 8 when all digits: sites drop the leading zeros ("No. 6400"). */
export function ukCompanyNumber(value: string): string {
  const compact = compactOrgNumber(value);
  return /^\d{1,7}$/.test(compact) ? compact.padStart(8, '0') : compact;
}

/**
 * `company_status` onto Fjord's statuses. UK companies do not go "bankrupt": administration,
 * receivership, a company voluntary arrangement and other insolvency proceedings are the UK's
 * insolvency regimes, so they read as `bankrupt`. `liquidation` is both voluntary and
 * court-ordered winding up and the API does not say which, so it reads as the milder `dissolving`.
 * Statuses not listed here (new ones) read as `inactive`: not something to call active.
 */
const STATUSES: Record<string, RegisterStatus> = {
  active: 'active',
  open: 'active',
  registered: 'active',
  dissolved: 'deleted',
  'converted-closed': 'deleted',
  closed: 'deleted',
  removed: 'deleted',
  liquidation: 'dissolving',
  administration: 'bankrupt',
  receivership: 'bankrupt',
  'voluntary-arrangement': 'bankrupt',
  'insolvency-proceedings': 'bankrupt',
};

/** The common company types; the rest get their code in words ("investment-company-with-variable-capital"). */
const TYPE_LABELS: Record<string, string> = {
  ltd: 'Private limited company',
  plc: 'Public limited company',
  llp: 'Limited liability partnership',
  'private-unlimited': 'Private unlimited company',
  'private-limited-guarant-nsc': 'Private company limited by guarantee without share capital',
  'private-limited-guarant-nsc-limited-exemption': 'Private company limited by guarantee (without "Limited")',
  'limited-partnership': 'Limited partnership',
  'scottish-partnership': 'Scottish qualifying partnership',
  'charitable-incorporated-organisation': 'Charitable incorporated organisation',
  'scottish-charitable-incorporated-organisation': 'Scottish charitable incorporated organisation',
  'registered-society-non-jurisdictional': 'Registered society',
  'royal-charter': 'Royal charter company',
  'oversea-company': 'Overseas company',
  'uk-establishment': 'UK establishment of an overseas company',
  'european-public-limited-liability-company-se': 'European public limited company (SE)',
};

/** SIC 99999 is how a dormant company files: registered and active, but not trading. */
const DORMANT_SIC = '99999';

export function chProfileToRegisterCompany(profile: ChCompanyProfile): RegisterCompany {
  const sic = profile.sic_codes?.[0] ?? null;
  const naceCode = sic ? normalizeNaceCode(sic) : null;
  const parent = profile.branch_company_details?.parent_company_number;
  return {
    ...base(profile.company_number, profile.company_name, profile.company_status, profile.company_status_detail, sic),
    orgForm: orgForm(profile.type),
    nace: naceCode ? { code: naceCode, label: naceLabel(naceCode) ?? '' } : null,
    // The API gives SIC codes without words; the NACE class carries the label.
    industry: sic ? { code: sic, label: sic === DORMANT_SIC ? 'Dormant company' : '' } : null,
    businessAddress: address(profile.registered_office_address),
    parentOrgNumber: parent ? ukCompanyNumber(parent) : null,
    registeredOn: profile.date_of_creation || null,
  };
}

export function chSearchItemToRegisterCompany(item: ChSearchItem): RegisterCompany {
  return {
    ...base(item.company_number, item.title, item.company_status, null, null),
    orgForm: orgForm(item.company_type),
    businessAddress: address(item.address),
    registeredOn: item.date_of_creation || null,
  };
}

/** An establishment is a place of business, not a legal form: no `orgForm`, as for Brreg's sub-units. */
export function chEstablishmentToRegisterCompany(item: ChEstablishment, parentNumber: string): RegisterCompany {
  const city = item.locality?.trim();
  return {
    ...base(item.company_number, item.company_name, item.company_status, null, null),
    businessAddress: city ? { street: null, postalCode: null, city: tidyCase(city), country: 'GB' } : null,
    parentOrgNumber: ukCompanyNumber(parentNumber),
  };
}

function base(number: string, name: string, companyStatus: MaybeText, detail: MaybeText, sic: string | null): RegisterCompany {
  const status = statusOf(companyStatus, detail, sic);
  return {
    country: 'GB',
    orgNumber: ukCompanyNumber(number),
    name: name.trim(),
    orgForm: null,
    nace: null,
    industry: null,
    // Companies House does not record employees.
    employees: null,
    businessAddress: null,
    postalAddress: null,
    website: null,
    status,
    flags: chFlags(status),
    parentOrgNumber: null,
    registeredOn: null,
  };
}

/**
 * The flags a Companies House status carries. Compulsory dissolution is never set: the API does
 * not say whether a liquidation is court-ordered, or who proposed a strike-off (DS01 or registrar).
 */
export function chFlags(status: RegisterStatus): RegisterCompany['flags'] {
  return registerFlags({ bankrupt: status === 'bankrupt', dissolving: status === 'dissolving', deleted: status === 'deleted' });
}

export function statusOf(companyStatus: MaybeText, detail: MaybeText, sic: string | null): RegisterStatus {
  if (!companyStatus) return 'active';
  const status = STATUSES[companyStatus] ?? 'inactive';
  if (status !== 'active') return status;
  // Gazetted for striking off: still on the register, about to leave it.
  if (detail === 'active-proposal-to-strike-off') return 'dissolving';
  return sic === DORMANT_SIC ? 'inactive' : 'active';
}

function orgForm(type: MaybeText): RegisterCompany['orgForm'] {
  if (!type) return null;
  const words = type.replace(/-/g, ' ');
  return { code: type, label: TYPE_LABELS[type] ?? words.charAt(0).toUpperCase() + words.slice(1) };
}

// A registered office is in the UK by law; the API names the nation ("England", "Wales") or
// nothing. Overseas companies may give a foreign one, whose country Fjord leaves unset.
const UK_NAMES = /^(england|wales|scotland|northern ireland|england and wales|united kingdom|uk|great britain|gb)$/i;

function address(a: z.infer<typeof AddressSchema>): RegisterAddress | null {
  if (!a) return null;
  const premises = a.premises?.trim();
  const line1 = a.address_line_1?.trim();
  // "84" + "Drayton Gardens" is one line; "Ground Floor" + "Marlow International" are two.
  const first = premises && line1 && /^\d+[a-z]?$/i.test(premises) ? [`${premises} ${line1}`] : [premises, line1];
  const lines = [a.care_of && `c/o ${a.care_of.trim()}`, poBox(a.po_box), ...first, a.address_line_2?.trim()];
  const result = {
    street: lines.filter(Boolean).join(', ') || null,
    postalCode: a.postal_code?.trim() || null,
    city: a.locality?.trim() ? tidyCase(a.locality.trim()) : null,
    country: !a.country?.trim() || UK_NAMES.test(a.country.trim()) ? 'GB' : null,
  };
  return result.street || result.postalCode || result.city ? result : null;
}

function poBox(value: MaybeText): string | null {
  const box = value?.trim();
  if (!box) return null;
  return /^\d+$/.test(box) ? `PO Box ${box}` : box;
}

/** Older filings are in capitals ("MARLOW"); newer ones as people write them, which stay. */
function tidyCase(text: string): string {
  return text === text.toUpperCase() ? titleCase(text) : text;
}
