import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { CompanyFieldsSchema, CompanySchema } from '../entities/company';
import { CompanyCountersSchema } from '../entities/company-counters';
import { ContactSchema } from '../entities/contact';
import { IdParams, OkSchema, defineOperation, jsonAnswer, jsonBody } from './operation';

export const CompanyDuplicateProbe = z.object({
  name: z.string().max(200).optional(),
  orgNumber: z.string().max(40).optional(),
  website: z.string().max(500).optional(),
  email: z.string().max(320).optional(),
  excludeId: IdSchema.optional(),
});
/** A client-made id makes a retried create answer with what the first one made. */
export const CompanyCreateBody = CompanyFieldsSchema.partial().extend({
  id: IdSchema.optional(),
  name: CompanyFieldsSchema.shape.name,
});
export const CompanyPatchBody = CompanyFieldsSchema.partial();

/** An existing company that looks like another, by the shared rule (shared/duplicates/company-duplicate-rule.ts). */
export const CompanyDuplicateSchema = z.object({
  company: z.object({
    id: z.string(),
    name: z.string(),
    orgNumber: z.string().nullable(),
    domain: z.string().nullable(),
    email: z.string().nullable(),
  }),
  reasons: z.array(z.enum(['orgNumber', 'domain', 'email', 'name'])),
  score: z.number(),
});
export type CompanyDuplicate = z.infer<typeof CompanyDuplicateSchema>;

/** A person at the company, with the link's position; primary contacts first. */
export const CompanyContactSchema = z.object({
  contact: ContactSchema,
  linkId: z.string(),
  position: z.string().nullable(),
  isPrimary: z.boolean(),
});
export const CompanyUnitSchema = z.object({
  id: z.string(),
  name: z.string(),
  orgNumber: z.string().nullable(),
  city: z.string().nullable(),
});
export const CompanyCardSchema = z.object({
  company: CompanySchema,
  contacts: z.array(CompanyContactSchema),
  /** Departments and subsidiaries directly under it. */
  units: z.array(CompanyUnitSchema),
  parent: z.object({ id: z.string(), name: z.string() }).nullable(),
  counters: CompanyCountersSchema,
});
export type CompanyCard = z.infer<typeof CompanyCardSchema>;

const CompanyAnswer = z.object({ company: CompanySchema });
const tags = ['companies'];

/** A company's card and its writes; the list, ids, count and bulk are the record list's (record-list-apis.ts). */
export const companiesApi = {
  duplicates: defineOperation({
    method: 'get',
    path: '/api/companies/duplicates',
    summary: 'Existing companies with the same org number, domain or e-mail, or a very similar name',
    tags,
    request: { query: CompanyDuplicateProbe },
    responses: { 200: jsonAnswer(z.object({ matches: z.array(CompanyDuplicateSchema) })) },
  }),
  get: defineOperation({
    method: 'get',
    path: '/api/companies/{id}',
    summary: 'A company card with contacts, units, parent and counters',
    tags,
    request: { params: IdParams },
    responses: { 200: jsonAnswer(CompanyCardSchema) },
  }),
  create: defineOperation({
    method: 'post',
    path: '/api/companies',
    summary:
      'Create a company; the answer lists existing companies it may duplicate (same org number, domain, e-mail or a similar name). A retry with the same id answers 200 with the company made first',
    tags,
    request: { body: jsonBody(CompanyCreateBody) },
    responses: {
      200: jsonAnswer(CompanyAnswer, 'Already made by an earlier request with this id'),
      201: jsonAnswer(CompanyAnswer.extend({ duplicates: z.array(CompanyDuplicateSchema) }), 'Created'),
    },
  }),
  update: defineOperation({
    method: 'patch',
    path: '/api/companies/{id}',
    summary: 'Change any company fields',
    tags,
    request: { params: IdParams, body: jsonBody(CompanyPatchBody) },
    responses: { 200: jsonAnswer(CompanyAnswer) },
  }),
  remove: defineOperation({
    method: 'delete',
    path: '/api/companies/{id}',
    summary: 'Move a company to the trash',
    tags,
    request: { params: IdParams },
    responses: { 200: jsonAnswer(OkSchema) },
  }),
};
