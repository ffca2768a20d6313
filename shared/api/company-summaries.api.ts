import { z } from 'zod';
import { IdSchema } from '../entities/base';
import {
  AgreementFieldsSchema,
  AgreementSchema,
  InvoiceFieldsSchema,
  InvoiceSchema,
  type Agreement,
  type Invoice,
} from '../entities/company-summaries';
import { IdParams, OkSchema, defineOperation, jsonAnswer, jsonBody } from './operation';

export const SummaryListQuery = z.object({ companyId: IdSchema });
export const AgreementCreateBody = AgreementFieldsSchema;
export const AgreementPatchBody = AgreementFieldsSchema.partial();
export const InvoiceCreateBody = InvoiceFieldsSchema;
export const InvoicePatchBody = InvoiceFieldsSchema.partial();

type SummaryKindSchemas<C extends z.ZodType, P extends z.ZodType, S extends z.ZodType> = {
  path: string;
  tag: string;
  one: string;
  many: string;
  create: C;
  patch: P;
  schema: S;
};

/** List, create, read, change and delete of one kind; its schemas are type parameters, so callers get their exact types. */
function summaryOperations<C extends z.ZodType, P extends z.ZodType, S extends z.ZodType>({
  path,
  tag,
  one,
  many,
  create,
  patch,
  schema,
}: SummaryKindSchemas<C, P, S>) {
  const tags = [tag];
  const item = z.object({ item: schema });
  return {
    list: defineOperation({
      method: 'get',
      path,
      summary: `A company's ${many}, newest first`,
      tags,
      request: { query: SummaryListQuery },
      responses: { 200: jsonAnswer(z.object({ items: z.array(schema) })) },
    }),
    create: defineOperation({
      method: 'post',
      path,
      summary: `Record ${one} (amounts in minor units)`,
      tags,
      request: { body: jsonBody(create) },
      responses: { 201: jsonAnswer(item, 'Created') },
    }),
    get: defineOperation({
      method: 'get',
      path: `${path}/{id}`,
      summary: `One of the ${many}`,
      tags,
      request: { params: IdParams },
      responses: { 200: jsonAnswer(item) },
    }),
    update: defineOperation({
      method: 'patch',
      path: `${path}/{id}`,
      summary: `Change ${one}'s fields`,
      tags,
      request: { params: IdParams, body: jsonBody(patch) },
      responses: { 200: jsonAnswer(item) },
    }),
    remove: defineOperation({
      method: 'delete',
      path: `${path}/{id}`,
      summary: `Delete ${one}`,
      tags,
      request: { params: IdParams },
      responses: { 200: jsonAnswer(OkSchema) },
    }),
  };
}

/**
 * Agreement and invoice summaries on companies (`/api/agreements`, `/api/invoices`): what an
 * accounting or signing tool reports, read by the company counters.
 */
export const agreementsApi = summaryOperations({
  path: '/api/agreements',
  tag: 'agreements',
  one: 'an agreement',
  many: 'agreement summaries',
  create: AgreementCreateBody,
  patch: AgreementPatchBody,
  schema: AgreementSchema,
});
export const invoicesApi = summaryOperations({
  path: '/api/invoices',
  tag: 'invoices',
  one: 'an invoice',
  many: 'invoice summaries',
  create: InvoiceCreateBody,
  patch: InvoicePatchBody,
  schema: InvoiceSchema,
});

const byKind = { agreement: agreementsApi, invoice: invoicesApi };
export type SummaryKind = keyof typeof byKind;

/** An agreement or an invoice, as these operations answer it. */
export type SummaryRecord = Agreement | Invoice;

/** Either kind's operations as one set whose schemas are either kind's: what code serving or showing both kinds reads. */
type EitherSummaryApi = ReturnType<
  typeof summaryOperations<
    typeof AgreementCreateBody | typeof InvoiceCreateBody,
    typeof AgreementPatchBody | typeof InvoicePatchBody,
    typeof AgreementSchema | typeof InvoiceSchema
  >
>;

/** The operations of `kind` (also the entity and the mutations' prefix). */
export const summaryApi = (kind: SummaryKind): EitherSummaryApi => byKind[kind];
