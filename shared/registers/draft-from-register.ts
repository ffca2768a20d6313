import { companyFieldsFromRegister } from './company-from-register';
import { formatOrgNumber } from './format-org-number';
import type { RegisterCompany } from './register-company';

/** The fields every company form has as text, which a register pick always sets. */
export type RegisterPickDraft = { name: string; orgNumber: string; country: string; website: string };
export type RegisterFields = ReturnType<typeof companyFieldsFromRegister>;

/**
 * A company form's draft after picking `unit` in a register, the one rule for the popup's quick add
 * and the dashboard's company form: what the register knows wins, an address it lacks included (the
 * one typed or captured may be another company's), and the org number reads as the register writes
 * it ("923 609 016"). The website is the one exception: the register's when it has one, else what
 * was typed or captured, since most registers hold none. `placeRest` puts the register's other
 * fields (form, NACE, employees, addresses, status) where this form keeps them.
 */
export function draftFromRegister<D extends RegisterPickDraft>(
  draft: D,
  unit: RegisterCompany,
  placeRest: (fields: RegisterFields, unit: RegisterCompany) => Partial<Omit<D, keyof RegisterPickDraft>>,
): D {
  const f = companyFieldsFromRegister(unit);
  return {
    ...draft,
    ...placeRest(f, unit),
    name: f.name,
    orgNumber: formatOrgNumber(f.country, f.orgNumber) ?? f.orgNumber,
    country: f.country,
    website: f.website ?? draft.website,
  };
}
