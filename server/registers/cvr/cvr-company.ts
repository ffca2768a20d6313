import { z } from 'zod';
import { naceLabel, normalizeNaceCode } from '../../../shared/registers/nace';
import {
  registerFlags,
  statusFromFlags,
  type RegisterAddress,
  type RegisterCompany,
} from '../../../shared/registers/register-company';

// cvrapi.dk writes numbers as JSON numbers or strings depending on the field and the year
// (`"zipcode": 8541` next to `"zipcode": "3400"`), so every code is read as either.
const Code = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((v) => (v === null || v === undefined || v === '' ? null : String(v)));
const Text = z.string().nullish();

const UnitFields = {
  name: z.string(),
  address: Text,
  addressco: Text,
  zipcode: Code,
  city: Text,
  /** "23/04 - 1980". */
  startdate: Text,
  enddate: Text,
  /** A head count (199) or the register's size band ("10-19"). */
  employees: z.union([z.number(), z.string()]).nullish(),
  /** DB07, six digits: NACE's four and two national ones (620100). */
  industrycode: Code,
  industrydesc: Text,
};

export const CvrProductionUnitSchema = z.object({ pno: Code, main: z.boolean().nullish(), ...UnitFields });
export type CvrProductionUnit = z.infer<typeof CvrProductionUnitSchema>;

/** The one company `GET /api?search=…&country=dk` answers with (cvrapi.dk's format, version 6). */
export const CvrCompanySchema = z.object({
  vat: Code.refine((v) => v !== null, 'missing CVR number'),
  ...UnitFields,
  companycode: Code,
  companydesc: Text,
  creditbankrupt: z.boolean().nullish(),
  productionunits: z.array(CvrProductionUnitSchema).nullish(),
});
export type CvrCompany = z.infer<typeof CvrCompanySchema>;

/** `NOT_FOUND`, `INVALID_VAT`, `QUOTA_EXCEEDED`, `BANNED`, `INVALID_UA`, `INTERNAL_ERROR`. */
export const CvrErrorSchema = z.object({ error: z.string(), message: Text });

export const CvrAnswerSchema = z.union([CvrErrorSchema, CvrCompanySchema]);

export function cvrToRegisterCompany(company: CvrCompany): RegisterCompany {
  const ended = !!company.enddate;
  // cvrapi.dk has no field for a dissolution under way, nor for VAT registration (the CVR
  // number is the VAT number, registered or not).
  const flags = registerFlags({ bankrupt: company.creditbankrupt === true, deleted: ended });
  return {
    ...unitFields(company),
    orgNumber: company.vat ?? '',
    orgForm: company.companycode ? { code: company.companycode, label: company.companydesc ?? company.companycode } : null,
    status: statusFromFlags(flags),
    flags,
    parentOrgNumber: null,
  };
}

/** A production unit (P-enhed): a place the company works from, numbered by its 10-digit P-number. */
export function cvrProductionUnitToRegisterCompany(unit: CvrProductionUnit, vat: string): RegisterCompany {
  const ended = !!unit.enddate;
  const flags = registerFlags({ deleted: ended });
  return {
    ...unitFields(unit),
    orgNumber: unit.pno ?? '',
    orgForm: null,
    status: statusFromFlags(flags),
    flags,
    parentOrgNumber: vat,
  };
}

type SharedFields = Pick<
  RegisterCompany,
  'country' | 'name' | 'nace' | 'industry' | 'employees' | 'businessAddress' | 'postalAddress' | 'website' | 'registeredOn'
>;

function unitFields(unit: CvrCompany | CvrProductionUnit): SharedFields {
  const naceCode = unit.industrycode ? normalizeNaceCode(unit.industrycode) : null;
  return {
    country: 'DK',
    name: unit.name.trim(),
    nace: naceCode ? { code: naceCode, label: naceLabel(naceCode) ?? '' } : null,
    industry: unit.industrycode ? { code: unit.industrycode, label: unit.industrydesc ?? '' } : null,
    employees: employeesOf(unit.employees),
    businessAddress: address(unit),
    // cvrapi.dk gives the location address only; a c/o name goes on its street line.
    postalAddress: null,
    website: null,
    registeredOn: isoDate(unit.startdate),
  };
}

/** A band's lower bound ("10-19" → 10, "1000+" → 1000): at least that many, which is all the band promises. */
export function employeesOf(value: number | string | null | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : null;
  const match = /^\s*(\d+)/.exec(value ?? '');
  return match ? Number(match[1]) : null;
}

/** "23/04 - 1980" → "1980-04-23"; an ISO date passes; anything else is unknown. */
export function isoDate(value: string | null | undefined): string | null {
  const danish = /^(\d{2})\/(\d{2}) - (\d{4})$/.exec(value?.trim() ?? '');
  if (danish) return `${danish[3]}-${danish[2]}-${danish[1]}`;
  return /^\d{4}-\d{2}-\d{2}/.test(value ?? '') ? value!.slice(0, 10) : null;
}

function address(unit: CvrCompany | CvrProductionUnit): RegisterAddress | null {
  const co = unit.addressco?.trim();
  const careOf = co && !/^c\/o\b/i.test(co) ? `c/o ${co}` : co;
  const street = [careOf, unit.address?.trim()].filter(Boolean).join(', ') || null;
  const city = unit.city?.trim() || null;
  if (!street && !unit.zipcode && !city) return null;
  return { street, postalCode: unit.zipcode, city, country: 'DK' };
}
