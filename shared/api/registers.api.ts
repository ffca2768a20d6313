import { z } from 'zod';
import { compactOrgNumber } from '../org-number/compact-org-number';
import {
  REGISTER_COUNTRIES,
  RegisterCountrySchema,
  RegisterLookupResponseSchema,
  RegisterSearchResponseSchema,
} from '../registers/register-company';
import { defineOperation, jsonAnswer } from './operation';

const CountryList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean),
  )
  .pipe(z.array(RegisterCountrySchema).max(REGISTER_COUNTRIES.length));

export const RegisterSearchQuery = z.object({
  q: z.string().trim().min(2, 'errors.registers.queryTooShort').max(100),
  /** Comma-separated; the workspace's registers when absent. */
  countries: CountryList.optional(),
  limit: z.coerce.number().int().min(1).max(25).default(10),
});

export const RegisterLookupParams = z.object({
  country: z
    .string()
    .transform((c) => c.toUpperCase())
    .pipe(RegisterCountrySchema),
  orgNumber: z
    .string()
    .transform(compactOrgNumber)
    .pipe(z.string().regex(/^[0-9A-Z]{6,12}$/, 'errors.registers.orgNumber')),
});

/** A unit picked from a register, with the departments already in the CRM. */
export const RegisterPickSchema = RegisterLookupResponseSchema.extend({
  /** Departments already in the CRM: org number → company id. */
  departmentCompanyIds: z.record(z.string(), z.string()),
});
export type RegisterPick = z.infer<typeof RegisterPickSchema>;

/** The company registers, each hit marked with the CRM company that already has its org number. */
export const registersApi = {
  search: defineOperation({
    method: 'get',
    path: '/api/registers/search',
    summary: 'Typeahead over the company registers (mirror first, live API second), marked when already in the CRM',
    tags: ['registers'],
    request: { query: RegisterSearchQuery },
    responses: { 200: jsonAnswer(RegisterSearchResponseSchema) },
  }),
  lookup: defineOperation({
    method: 'get',
    path: '/api/registers/{country}/{orgNumber}',
    summary: 'One register unit with its departments (502 names a register that could not answer)',
    tags: ['registers'],
    request: { params: RegisterLookupParams },
    responses: { 200: jsonAnswer(RegisterPickSchema) },
  }),
};
