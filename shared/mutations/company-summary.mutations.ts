import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { AgreementFieldsSchema, InvoiceFieldsSchema } from '../entities/company-summaries';
import { defineMutation } from './mutation';
import { noLiveRecord } from './error-text';
import { MutationError } from './mutation-error';
import type { MutationStore } from './mutation-store';
import { requireAbsent, requireLive } from './require-live';
import { softDeleteMutation } from './soft-delete.mutation';

async function requireCompany(store: MutationStore, companyId: string) {
  const company = await store.get('company', companyId);
  if (!company || company.deletedAt !== null) {
    throw new MutationError('invalid', noLiveRecord('company', companyId), 'companyId');
  }
}

/**
 * Create, update and delete of a plain summary record on a company (agreements, invoices): the
 * same rules for each, so they are made here once.
 */
function summaryMutations<E extends 'agreement' | 'invoice'>(entity: E, fields: z.ZodObject, optional: Record<string, null>) {
  return {
    create: defineMutation({
      args: fields.extend({ id: IdSchema }),
      async run(store, args) {
        const { id, ...values } = args as { id: string; companyId: string };
        await requireAbsent(store, entity, id);
        await requireCompany(store, values.companyId);
        await store.insert(entity, id, { ...optional, ...values } as never);
      },
      affects: (args) => [{ entity, id: (args as { id: string }).id }],
    }),
    update: defineMutation({
      args: z.object({
        id: IdSchema,
        patch: fields.partial().refine((p) => Object.keys(p).length > 0, { message: 'errors.field.changeOne' }),
      }),
      async run(store, { id, patch }) {
        await requireLive(store, entity, id);
        const companyId = (patch as { companyId?: string }).companyId;
        if (companyId) await requireCompany(store, companyId);
        await store.update(entity, id, patch as never);
      },
      affects: (args) => [{ entity, id: args.id }],
    }),
    delete: softDeleteMutation(entity, 'anyone'),
  };
}

export const agreementMutations = summaryMutations('agreement', AgreementFieldsSchema, { title: null });
export const invoiceMutations = summaryMutations('invoice', InvoiceFieldsSchema, { dueDate: null });
