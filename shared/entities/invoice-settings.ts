import { z } from 'zod';

export const InvoiceTypeSchema = z.enum(['emailTracking', 'emailPdf', 'paper', 'ehf']);

/** How a customer is invoiced: e-mail with tracking link or PDF, paper, or EHF/e-invoice. */
export const InvoiceSettingsSchema = z.object({
  type: InvoiceTypeSchema,
  email: z
    .union([z.email('must be an e-mail address'), z.literal('')])
    .nullable()
    .transform((s) => s || null),
  creditDays: z.number().int().min(0, 'must be 0 or more').max(365, 'must be at most 365').nullable(),
});
export type InvoiceSettings = z.infer<typeof InvoiceSettingsSchema>;
