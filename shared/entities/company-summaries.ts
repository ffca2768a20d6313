import { z } from 'zod';
import { BaseRecordSchema, IdSchema, clearableText, storedText } from './base';

/** A calendar date as `YYYY-MM-DD` that exists (no 2026-02-30). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'errors.customValue.date')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'errors.field.calendarDate',
  });

export const CurrencySchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{3}$/, 'errors.field.currency'));

/** Money in minor units (øre, öre, cent): integers, so sums are exact. */
export const AmountMinorSchema = z.number().int('errors.field.minorUnits').min(-1e13).max(1e13);

export const AGREEMENT_STATUSES = ['draft', 'sent', 'signed', 'cancelled'] as const;
/** Agreements still waiting for a signature: what the company card counts as unsigned. */
export const UNSIGNED_AGREEMENT_STATUSES = ['draft', 'sent'] as const;

export const AgreementFieldsSchema = z.object({
  companyId: IdSchema,
  number: z.string().trim().min(1, 'errors.field.required').max(50),
  /** Optional on create (stored as null); no default here, or a partial update would clear it. */
  title: clearableText(200).optional(),
  date: IsoDateSchema,
  amountMinor: AmountMinorSchema,
  currency: CurrencySchema,
  status: z.enum(AGREEMENT_STATUSES),
});
export const AgreementSchema = BaseRecordSchema.extend({
  ...AgreementFieldsSchema.shape,
  title: storedText,
  currency: z.string(),
});
export type Agreement = z.infer<typeof AgreementSchema>;

export const INVOICE_STATUSES = ['draft', 'sent', 'paid', 'overdue', 'credited'] as const;
/** Invoices that count as invoiced: sent to the customer and not credited. */
export const INVOICED_STATUSES = ['sent', 'paid', 'overdue'] as const;

export const InvoiceFieldsSchema = z.object({
  companyId: IdSchema,
  number: z.string().trim().min(1, 'errors.field.required').max(50),
  date: IsoDateSchema,
  dueDate: IsoDateSchema.nullable().optional(),
  amountMinor: AmountMinorSchema,
  currency: CurrencySchema,
  status: z.enum(INVOICE_STATUSES),
});
export const InvoiceSchema = BaseRecordSchema.extend({
  ...InvoiceFieldsSchema.shape,
  dueDate: z.string().nullable(),
  currency: z.string(),
});
export type Invoice = z.infer<typeof InvoiceSchema>;
