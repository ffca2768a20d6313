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
import { defineOperation, jsonAnswer } from './operation';
import { recordCrudApi, type RecordCrudSchemas } from './record-crud.api';

export const SummaryListQuery = z.object({ companyId: IdSchema });
export const AgreementCreateBody = AgreementFieldsSchema;
export const AgreementPatchBody = AgreementFieldsSchema.partial();
export const InvoiceCreateBody = InvoiceFieldsSchema;
export const InvoicePatchBody = InvoiceFieldsSchema.partial();

/** A kind's create, read, change and delete, and the list of one company's; `kind` as recordCrudApi takes it. */
function summaryOperations<C extends z.ZodType, P extends z.ZodType, S extends z.ZodType>(
  kind: Omit<RecordCrudSchemas<C, P, S>, 'createSummary' | 'removeSummary'>,
) {
  return {
    list: defineOperation({
      method: 'get',
      path: kind.path,
      summary: `A company's ${kind.many}, newest first`,
      tags: kind.tags,
      request: { query: SummaryListQuery },
      responses: { 200: jsonAnswer(z.object({ items: z.array(kind.schema) })) },
    }),
    ...recordCrudApi({
      ...kind,
      createSummary: `Record ${kind.one} (amounts in minor units)`,
      removeSummary: `Delete ${kind.one}`,
    }),
  };
}

/**
 * Agreement and invoice summaries on companies (`/api/agreements`, `/api/invoices`): what an
 * accounting or signing tool reports, read by the company counters.
 */
export const agreementsApi = summaryOperations({
  path: '/api/agreements',
  tags: ['agreements'],
  one: 'an agreement',
  many: 'agreement summaries',
  create: AgreementCreateBody,
  patch: AgreementPatchBody,
  schema: AgreementSchema,
});
export const invoicesApi = summaryOperations({
  path: '/api/invoices',
  tags: ['invoices'],
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
