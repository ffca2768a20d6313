import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { EmailLogFieldsSchema, EmailLogSchema } from '../entities/email-log';
import { IdParams, OkSchema, defineOperation, jsonAnswer, jsonBody } from './operation';

export const EmailLogQuery = z
  .object({ contactId: IdSchema.optional(), companyId: IdSchema.optional() })
  .refine((q) => q.contactId || q.companyId, { message: 'errors.field.contactOrCompany', path: ['contactId'] });
export const EmailLogBody = EmailLogFieldsSchema.partial({ threadId: true, body: true, cc: true, to: true, source: true }).extend(
  {
    snippet: EmailLogFieldsSchema.shape.snippet.default(''),
  },
);
export const EmailLogUnlinkBody = z.object({ contactId: IdSchema.optional(), companyId: IdSchema.optional() });

const ItemAnswer = z.object({ item: EmailLogSchema });
const tags = ['email'];

/**
 * Logged e-mails: listed on a contact's or company's card, logged by message (twice is harmless),
 * unlinked. A blocked contact's e-mails are only for admins.
 */
export const emailLogsApi = {
  list: defineOperation({
    method: 'get',
    path: '/api/email-logs',
    summary: "Logged e-mails on a contact or company, newest first (a blocked contact's only for admins)",
    tags,
    request: { query: EmailLogQuery },
    responses: { 200: jsonAnswer(z.object({ items: z.array(EmailLogSchema) })) },
  }),
  get: defineOperation({
    method: 'get',
    path: '/api/email-logs/{id}',
    summary: 'One logged e-mail',
    tags,
    request: { params: IdParams },
    responses: { 200: jsonAnswer(ItemAnswer) },
  }),
  log: defineOperation({
    method: 'post',
    path: '/api/email-logs',
    summary: 'Log an e-mail on contacts and companies; the same message again only adds links (200)',
    tags,
    request: { body: jsonBody(EmailLogBody) },
    responses: { 200: jsonAnswer(ItemAnswer, 'Logged before: links added'), 201: jsonAnswer(ItemAnswer, 'Logged') },
  }),
  unlink: defineOperation({
    method: 'post',
    path: '/api/email-logs/{id}/unlink',
    summary: 'Take a logged e-mail off a contact or company (gone when nothing links it)',
    tags,
    request: { params: IdParams, body: jsonBody(EmailLogUnlinkBody) },
    responses: { 200: jsonAnswer(OkSchema) },
  }),
};
