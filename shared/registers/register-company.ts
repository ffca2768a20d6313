import { z } from 'zod';

/** The countries whose company registers Fjord looks companies up in. */
export const REGISTER_COUNTRIES = ['NO', 'SE', 'DK', 'GB'] as const;
export const RegisterCountrySchema = z.enum(REGISTER_COUNTRIES);
export type RegisterCountry = z.infer<typeof RegisterCountrySchema>;

/** The register each country's lookups go to, named as users know them (error messages say these). */
export const REGISTER_NAMES: Record<RegisterCountry, string> = {
  NO: 'Brønnøysundregistrene (Enhetsregisteret)',
  SE: 'Bolagsverket',
  DK: 'CVR (Det Centrale Virksomhedsregister)',
  GB: 'Companies House',
};

/**
 * Where a company stands in its register. `bankrupt`, `dissolving` (voluntary liquidation),
 * `forcedDissolution` (compulsory dissolution or liquidation) and `deleted` are what credit
 * monitoring's public signals read; `inactive` is a register's own "not active" (dormant, ceased).
 */
export const REGISTER_STATUSES = ['active', 'bankrupt', 'dissolving', 'forcedDissolution', 'deleted', 'inactive'] as const;
export const RegisterStatusSchema = z.enum(REGISTER_STATUSES);
export type RegisterStatus = z.infer<typeof RegisterStatusSchema>;

export const RegisterAddressSchema = z.object({
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  /** ISO 3166-1 alpha-2. */
  country: z.string().nullable(),
});
export type RegisterAddress = z.infer<typeof RegisterAddressSchema>;

const CodeLabel = z.object({ code: z.string(), label: z.string() });

/**
 * A unit as its register describes it, in one shape for every register: what "pick" fills a
 * company with, what the mirror stores, and what credit monitoring's public signals read.
 */
export const RegisterCompanySchema = z.object({
  country: RegisterCountrySchema,
  /** Compact (digits, or the register's letters and digits). */
  orgNumber: z.string(),
  name: z.string(),
  orgForm: CodeLabel.nullable(),
  /** NACE Rev. 2 class ("52.29") and its English label; null when the register's code has none. */
  nace: CodeLabel.nullable(),
  /** The register's own industry code and label ("52.292 Skipsmegling"). */
  industry: CodeLabel.nullable(),
  employees: z.number().int().nullable(),
  businessAddress: RegisterAddressSchema.nullable(),
  postalAddress: RegisterAddressSchema.nullable(),
  website: z.string().nullable(),
  status: RegisterStatusSchema,
  /** Public flags; null when the register does not say. */
  flags: z.object({
    bankrupt: z.boolean(),
    dissolving: z.boolean(),
    forcedDissolution: z.boolean(),
    deleted: z.boolean(),
    vatRegistered: z.boolean().nullable(),
    employerRegistered: z.boolean().nullable(),
  }),
  /** For a sub-unit (department, production unit, establishment): the legal unit it belongs to. */
  parentOrgNumber: z.string().nullable(),
  /** ISO date the unit was registered or founded, when known. */
  registeredOn: z.string().nullable(),
});
export type RegisterCompany = z.infer<typeof RegisterCompanySchema>;

/** A unit's flags: what the register does not say is off, or unknown (null) for the registrations. */
export function registerFlags(set: Partial<RegisterCompany['flags']> = {}): RegisterCompany['flags'] {
  return {
    bankrupt: false,
    dissolving: false,
    forcedDissolution: false,
    deleted: false,
    vatRegistered: null,
    employerRegistered: null,
    ...set,
  };
}

/**
 * The status the flags amount to, the gravest first: deleted (a company struck off after a
 * bankruptcy keeps its bankrupt flag), bankrupt, compulsory dissolution, liquidation; else
 * `inactive` when the register says it is not trading or closed, or active.
 */
export function statusFromFlags(flags: RegisterCompany['flags'], notTrading = false): RegisterStatus {
  if (flags.deleted) return 'deleted';
  if (flags.bankrupt) return 'bankrupt';
  if (flags.forcedDissolution) return 'forcedDissolution';
  if (flags.dissolving) return 'dissolving';
  return notTrading ? 'inactive' : 'active';
}

/** A typeahead hit: enough to choose, and whether the CRM already has it. */
export const RegisterHitSchema = z.object({
  country: RegisterCountrySchema,
  orgNumber: z.string(),
  name: z.string(),
  orgForm: z.string().nullable(),
  city: z.string().nullable(),
  status: RegisterStatusSchema,
  /** The CRM company with this org number, if there is one. */
  companyId: z.string().nullable(),
});
export type RegisterHit = z.infer<typeof RegisterHitSchema>;

/** One register that could not answer, and why, in words for the user. */
export const RegisterFailureSchema = z.object({
  country: RegisterCountrySchema,
  register: z.string(),
  message: z.string(),
  /** Not a fault but server setup (a key missing, name search not available): the admins' to fix, in Settings. */
  setup: z.boolean(),
});
export type RegisterFailure = z.infer<typeof RegisterFailureSchema>;

export const RegisterSearchResponseSchema = z.object({
  items: z.array(RegisterHitSchema),
  failures: z.array(RegisterFailureSchema),
  /** Where the answer came from per country: the local mirror or the register's live API. */
  sources: z.record(z.string(), z.enum(['mirror', 'live'])),
});
export type RegisterSearchResponse = z.infer<typeof RegisterSearchResponseSchema>;

export const RegisterLookupResponseSchema = z.object({
  company: RegisterCompanySchema,
  /** Sub-units (Norwegian underenheter, Danish production units), for "create as departments". */
  departments: z.array(RegisterCompanySchema),
  companyId: z.string().nullable(),
  failures: z.array(RegisterFailureSchema),
});
export type RegisterLookupResponse = z.infer<typeof RegisterLookupResponseSchema>;
