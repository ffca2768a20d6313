import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { CompanyFilterSchema } from '../filters/company-filter';
import { templateIssues } from './merge-fields';

/** The most ids one request may name (about 1.6 MB of JSON, under the body limit); a larger selection sends its filter. */
export const MAILING_MAX_IDS = 40_000;

/** Whom a mailing goes to: ticked companies, or every company a list filter matches. */
export const MailingTargetSchema = z
  .object({
    entity: z.literal('company'),
    ids: z.array(IdSchema).min(1, 'errors.field.pickOne').max(MAILING_MAX_IDS).optional(),
    filter: CompanyFilterSchema.optional(),
  })
  .refine((t) => (t.ids === undefined) !== (t.filter === undefined), {
    message: 'errors.mail.idsOrFilter',
  });
export type MailingTarget = z.infer<typeof MailingTargetSchema>;

/** The companies' own addresses, the addresses of the contacts linked to them, or both. */
export const MailingRecipientsSchema = z.enum(['companies', 'contacts', 'both']);
export type MailingRecipients = z.infer<typeof MailingRecipientsSchema>;

export const MailingPreviewRequestSchema = z.object({ target: MailingTargetSchema, recipients: MailingRecipientsSchema });

const withFields = (schema: z.ZodString) =>
  schema.superRefine((text, ctx) => {
    for (const message of templateIssues(text)) ctx.addIssue({ code: 'custom', message });
  });

/** `POST /api/mailings`: the composed message, merge fields unfilled. */
export const MailingCreateRequestSchema = MailingPreviewRequestSchema.extend({
  subject: withFields(
    z
      .string()
      .trim()
      .min(1, 'errors.field.required')
      .max(200)
      .regex(/^[^\r\n]*$/, 'errors.field.oneLine'),
  ),
  body: withFields(z.string().trim().min(1, 'errors.field.required').max(20_000)),
});
export type MailingCreateRequest = z.infer<typeof MailingCreateRequestSchema>;
