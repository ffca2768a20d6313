import type { Address } from '../entities/address';
import type { RegisterAddress, RegisterCompany } from './register-company';

/** Legal-form and other abbreviations that stay in capitals when a name is title-cased. */
const KEEP_UPPER = new Set([
  'AS',
  'ASA',
  'ANS',
  'DA',
  'ENK',
  'NUF',
  'SA',
  'BA',
  'KS',
  'IKS',
  'KF',
  'AB',
  'HB',
  'KB',
  'A/S',

  'I/S',
  'P/S',
  'K/S',
  'IVS',
  'AMBA',
  'FMBA',
  'SMBA',
  'PLC',
  'LLP',
  'LP',
  'CIC',
  'UK',
  'IT',
  'AI',
  'TV',
  'IKT',
  'EU',
  'NA',
  'USA',
  'BV',
  'NV',
  'VOF',
]);
/** Written this way, not in capitals. */
const MIXED: Record<string, string> = {
  APS: 'ApS',
  LTD: 'Ltd',
  LIMITED: 'Limited',
  OG: 'og',
  AND: 'and',
  OF: 'of',
  I: 'i',
  PÅ: 'på',
};

/**
 * A register's name as people write it: the registers of Norway and the UK keep names in
 * capitals ("SESAM STASJON AS"), which reads as shouting in a CRM. A name with lower-case letters
 * is left alone; one in capitals is title-cased, keeping legal forms ("AS", "ApS", "PLC").
 */
export function registerDisplayName(name: string): string {
  if (/\p{Ll}/u.test(name)) return name.trim();
  return name
    .trim()
    .split(/\s+/)
    .map((word, i) => {
      if (KEEP_UPPER.has(word)) return word;
      const mixed = MIXED[word];
      if (mixed && (i > 0 || mixed[0] === mixed[0]!.toUpperCase())) return mixed;
      return word.toLowerCase().replace(/(^|[-/(&.'])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
    })
    .join(' ');
}

/** A register address as a company address: only the parts the register knows. */
export function registerAddress(a: RegisterAddress | null): Address | null {
  if (!a) return null;
  const out: Address = {};
  if (a.street) out.street = a.street;
  if (a.postalCode) out.postalCode = a.postalCode;
  if (a.city) out.city = a.city;
  if (a.country) out.country = a.country;
  return Object.keys(out).length > 0 ? out : null;
}

/**
 * The company fields a register unit fills in when picked: name, org number and form, NACE
 * class, employees, addresses, website and register status. The quick-add popup and the
 * dashboard's "new company" both use it, so a pick fills the same fields everywhere.
 */
export function companyFieldsFromRegister(unit: RegisterCompany) {
  return {
    name: registerDisplayName(unit.name),
    orgNumber: unit.orgNumber,
    country: unit.country,
    orgForm: unit.orgForm?.code ?? null,
    naceCode: unit.nace?.code ?? null,
    employees: unit.employees,
    address: registerAddress(unit.businessAddress),
    postalAddress: registerAddress(unit.postalAddress),
    website: unit.website,
    registerStatus: unit.status,
  };
}
