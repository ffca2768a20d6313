import { naceLabel, normalizeNaceCode } from '../../../shared/registers/nace';
import {
  RegisterCompanySchema,
  type RegisterCompany,
  type RegisterCountry,
  type RegisterStatus,
} from '../../../shared/registers/register-company';
import { bolagsverketBulkRowToRegisterCompany, isBolagsverketBulkRow } from '../bolagsverket/bolagsverket-bulk-row';
import { BrregUnitSchema, brregToRegisterCompany, titleCase } from '../brreg/brreg-unit';
import { chFlags, statusOf } from '../companies-house/companies-house-company';
import { isScbBulkRow, scbBulkRowToRegisterCompany } from '../scb/scb-bulk-row';
import type { BulkRecord } from './bulk-file';

export type BulkMapper = {
  /** One record of the file as a unit, or null for a record that is not one (counted as skipped). */
  read: (record: BulkRecord) => RegisterCompany | null;
  /**
   * Fields a unit already in the mirror keeps. Sweden comes in two files: Bolagsverket's (names,
   * forms, status, addresses) has no industry codes, and SCB's is read for those alone; either
   * may be imported first or again without undoing the other.
   */
  keeps: readonly (keyof RegisterCompany)[];
};

const SCB_OWNS = new Set<keyof RegisterCompany>(['nace', 'industry']);
const ALL_BUT_SCB = (Object.keys(RegisterCompanySchema.shape) as (keyof RegisterCompany)[]).filter(
  (k) => !SCB_OWNS.has(k) && k !== 'country' && k !== 'orgNumber',
);

/**
 * The reader for a country's bulk file, chosen by its first record: Fjord's own JSON lines
 * (`RegisterCompany` per line, any country), Brreg's unit dumps (JSON or CSV) for Norway,
 * Bolagsverket's and SCB's bulk files for Sweden, Companies House's BasicCompanyData for the UK.
 */
export function bulkMapperFor(country: RegisterCountry, first: BulkRecord): BulkMapper {
  if ('orgNumber' in first && 'country' in first) return { read: fjordUnit(country), keeps: [] };
  if (country === 'NO' && ('organisasjonsnummer' in first || 'navn' in first)) return { read: brregUnit, keeps: [] };
  if (country === 'SE' && isBolagsverketBulkRow(first))
    return { read: bolagsverketBulkRowToRegisterCompany, keeps: [...SCB_OWNS] };
  if (country === 'SE' && isScbBulkRow(first)) return { read: scbBulkRowToRegisterCompany, keeps: ALL_BUT_SCB };
  if (country === 'GB' && Object.keys(first).some((k) => k.trim() === 'CompanyNumber'))
    return { read: companiesHouseRow, keeps: [] };
  throw new Error(
    `No bulk format known for ${country} files with columns ${Object.keys(first).slice(0, 5).join(', ')}; ` +
      "use the register's open-data dump (Norway: Enhetsregisteret; Sweden: bolagsverket_bulkfil and scb_bulkfil; " +
      "UK: BasicCompanyData) or Fjord's JSON lines.",
  );
}

const fjordUnit =
  (country: RegisterCountry): BulkMapper['read'] =>
  (record) => {
    const parsed = RegisterCompanySchema.safeParse(record);
    return parsed.success && parsed.data.country === country ? parsed.data : null;
  };

/** Brreg's JSON dump has the API's shape; its CSV flattens it to dotted columns ("forretningsadresse.poststed"). */
function brregUnit(record: BulkRecord): RegisterCompany | null {
  const nested = 'organisasjonsform.kode' in record || 'forretningsadresse.poststed' in record ? unflattenBrreg(record) : record;
  const parsed = BrregUnitSchema.safeParse(nested);
  return parsed.success ? brregToRegisterCompany(parsed.data) : null;
}

const BRREG_BOOLEANS = new Set([
  'konkurs',
  'underAvvikling',
  'underTvangsavviklingEllerTvangsopplosning',
  'registrertIMvaregisteret',
  'registrertIForetaksregisteret',
  'harRegistrertAntallAnsatte',
]);

function unflattenBrreg(record: BulkRecord): BulkRecord {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(record)) {
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (value === '' || value === undefined) continue;
    const path = key.split('.');
    let target = out;
    for (const part of path.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    const leaf = path[path.length - 1]!;
    if (BRREG_BOOLEANS.has(leaf)) target[leaf] = value === 'true' || value === 'J' || value === true;
    else if (leaf === 'antallAnsatte') target[leaf] = Number(value);
    // Address lines arrive as one field, lines separated by commas or line breaks.
    else if (leaf === 'adresse' && typeof value === 'string') target[leaf] = value.split(/\s*[\n,]\s*/);
    else target[leaf] = value;
  }
  return out;
}

/** Companies House BasicCompanyData: `CompanyCategory` as written there → the API's company type. */
const CH_CATEGORIES: Record<string, [string, string]> = {
  'private limited company': ['ltd', 'Private limited company'],
  'public limited company': ['plc', 'Public limited company'],
  'limited liability partnership': ['llp', 'Limited liability partnership'],
  'pri/ltd by guar/nsc (private, limited by guarantee, no share capital)': [
    'private-limited-guarant-nsc',
    'Private company limited by guarantee without share capital',
  ],
  'limited partnership': ['limited-partnership', 'Limited partnership'],
  'community interest company': ['community-interest-company', 'Community interest company'],
};

/**
 * BasicCompanyData writes the API's statuses in words ("In Administration", "Active - Proposal to
 * Strike off"): read them with the live adapter's mapping, so the mirror and a live lookup agree.
 */
function chStatus(text: string, sic: string | null): RegisterStatus {
  const [status = '', detail] = text.toLowerCase().split(/\s+-\s+/);
  const code = status
    .replace(/^in\s+/, '')
    .trim()
    .replace(/\s+/g, '-');
  return statusOf(code || null, detail ? `active-${detail.trim().replace(/\s+/g, '-')}` : null, sic);
}

function companiesHouseRow(raw: BulkRecord): RegisterCompany | null {
  // The file's headers have stray spaces (" CompanyNumber").
  const r = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.trim(), typeof v === 'string' ? v.trim() : '']));
  const number = r.CompanyNumber?.toUpperCase();
  if (!number || !r.CompanyName) return null;
  const sic = /^(\d{4,5})\s*-\s*(.*)$/.exec(r['SICCode.SicText_1'] ?? '');
  const naceCode = sic ? normalizeNaceCode(sic[1]!) : null;
  const category = CH_CATEGORIES[(r.CompanyCategory ?? '').toLowerCase()];
  const status = chStatus(r.CompanyStatus ?? '', sic?.[1] ?? null);
  const [d, m, y] = (r.IncorporationDate ?? '').split('/');
  const street = [r['RegAddress.AddressLine1'], r['RegAddress.AddressLine2']].filter(Boolean).join(', ');
  return {
    country: 'GB',
    orgNumber: number,
    name: r.CompanyName,
    orgForm: category
      ? { code: category[0], label: category[1] }
      : r.CompanyCategory
        ? { code: r.CompanyCategory, label: r.CompanyCategory }
        : null,
    nace: naceCode ? { code: naceCode, label: naceLabel(naceCode) ?? '' } : null,
    industry: sic ? { code: sic[1]!, label: sic[2]! } : null,
    employees: null,
    businessAddress: {
      street: street || null,
      postalCode: r['RegAddress.PostCode'] || null,
      city: r['RegAddress.PostTown'] ? titleCase(r['RegAddress.PostTown']) : null,
      country: 'GB',
    },
    postalAddress: null,
    website: null,
    status,
    flags: chFlags(status),
    parentOrgNumber: null,
    registeredOn: y && m && d ? `${y}-${m}-${d}` : null,
  };
}
