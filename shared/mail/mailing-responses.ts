import { z } from 'zod';
import { MERGE_FIELDS, type MergeFieldKey } from './merge-fields';

/** Why a selected record gets no message. */
export const SkipReasonSchema = z.enum(['noAddress', 'noContacts', 'duplicate', 'optedOut']);
export type SkipReason = z.infer<typeof SkipReasonSchema>;

export const SkippedRecordSchema = z.object({
  entity: z.enum(['company', 'contact']),
  id: z.string(),
  name: z.string(),
  reason: SkipReasonSchema,
});
export type SkippedRecord = z.infer<typeof SkippedRecordSchema>;

/** How a selection resolves to addresses; `skippedRecords` lists the first 100. */
export const RecipientSummarySchema = z.object({
  recipients: z.number().int(),
  skipped: z.record(SkipReasonSchema, z.number().int()),
  skippedRecords: z.array(SkippedRecordSchema),
});
export type RecipientSummary = z.infer<typeof RecipientSummarySchema>;

const valuesShape = Object.fromEntries(MERGE_FIELDS.map((f) => [f.key, z.string().nullable()])) as Record<
  MergeFieldKey,
  z.ZodNullable<z.ZodString>
>;

/** `POST /api/mailings/preview`: who would get it, and the first recipient's values to render the preview with. */
export const MailingPreviewSchema = RecipientSummarySchema.extend({
  /** False when the server has no SMTP settings: sending would be refused. */
  configured: z.boolean(),
  first: z.object({ address: z.string(), values: z.object(valuesShape).partial() }).nullable(),
});
export type MailingPreview = z.infer<typeof MailingPreviewSchema>;

/** `POST /api/mailings` answers 202 with this; sending goes on in the background. */
export const MailingCreatedSchema = RecipientSummarySchema.extend({ id: z.string() });
export type MailingCreated = z.infer<typeof MailingCreatedSchema>;

/** `GET /api/mailings/:id`. */
export const MailingProgressSchema = z.object({
  id: z.string(),
  subject: z.string(),
  createdAt: z.number().int(),
  finishedAt: z.number().int().nullable(),
  total: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  pending: z.number().int(),
  finished: z.boolean(),
  /** The first 100 failures, with the SMTP server's answer. */
  failures: z.array(z.object({ address: z.string(), error: z.string() })),
});
export type MailingProgress = z.infer<typeof MailingProgressSchema>;

export const MailStatusSchema = z.enum(['pending', 'sent', 'failed']);

/** One message in a company's or contact's log of what was sent to it. */
export const SentMailSchema = z.object({
  id: z.string(),
  mailingId: z.string(),
  companyId: z.string().nullable(),
  contactId: z.string().nullable(),
  /** The contact's name when it went to a contact. */
  contactName: z.string().nullable(),
  address: z.string(),
  subject: z.string(),
  status: MailStatusSchema,
  error: z.string().nullable(),
  createdAt: z.number().int(),
  sentAt: z.number().int().nullable(),
  sentBy: z.string().nullable(),
});
export type SentMail = z.infer<typeof SentMailSchema>;
export const SentMailListSchema = z.object({ items: z.array(SentMailSchema) });
