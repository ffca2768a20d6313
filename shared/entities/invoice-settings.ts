import { z } from 'zod';

export const InvoiceTypeSchema = z.enum(['emailTracking', 'emailPdf', 'paper', 'ehf']);

/** How a customer is invoiced: e-mail with tracking link or PDF, paper, or EHF/e-invoice. */
export const InvoiceSettingsSchema = z.object({
  type: InvoiceTypeSchema,
  email: z
    .union([z.email('errors.field.email'), z.literal('')])
    .nullable()
    .transform((s) => s || null),
  creditDays: z.number().int().min(0, 'errors.field.nonNegative').max(365, 'errors.field.max365').nullable(),
});
export type InvoiceSettings = z.infer<typeof InvoiceSettingsSchema>;
