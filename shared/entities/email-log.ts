import { z } from 'zod';
import { SNIPPET_MAX } from '../mail/snippet';
import { BaseRecordSchema, IdSchema } from './base';

export const EmailPartySchema = z.object({
  name: z.string().trim().max(200).nullable(),
  address: z.string().trim().toLowerCase().pipe(z.email('errors.field.email').max(320)),
});
export type EmailParty = z.infer<typeof EmailPartySchema>;

export { SNIPPET_MAX } from '../mail/snippet';

/**
 * An e-mail linked to contacts and companies (issue 4, "Log e-mail"). One row per message: its id
 * comes from the workspace and the message key (emailLogId), so logging it twice, from two
 * clients or offline, lands on the same row and only adds links.
 */
export const EmailLogFieldsSchema = z.object({
  /** The Message-ID, or the webmail's stable message id when the page does not show it. */
  messageKey: z.string().trim().min(1, 'errors.field.required').max(500),
  threadId: z.string().trim().max(500).nullable(),
  subject: z.string().max(1000),
  sentAt: z.number().int().nullable(),
  from: EmailPartySchema,
  to: z.array(EmailPartySchema).max(500),
  cc: z.array(EmailPartySchema).max(500),
  snippet: z.string().max(SNIPPET_MAX),
  /** Only when the user chose to keep the body. */
  body: z.string().max(200_000).nullable(),
  source: z.enum(['gmail', 'outlook', 'api']),
  contactIds: z.array(IdSchema).max(100),
  companyIds: z.array(IdSchema).max(100),
});
export type EmailLogFields = z.infer<typeof EmailLogFieldsSchema>;

export const EmailLogSchema = BaseRecordSchema.extend({
  ...EmailLogFieldsSchema.shape,
  /**
   * Only admins may see it: a contact it is or was linked to had its e-mails blocked. Kept on the
   * row, not derived from the contacts, so the block outlives a purged or merged contact. Set by
   * the server's mutators, never by the client's arguments.
   */
  blocked: z.boolean(),
});
export type EmailLog = z.infer<typeof EmailLogSchema>;
