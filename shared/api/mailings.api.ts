import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { MailingCreateRequestSchema, MailingPreviewRequestSchema } from '../mail/mailing-request';
import { MailingCreatedSchema, MailingPreviewSchema, MailingProgressSchema, SentMailListSchema } from '../mail/mailing-responses';
import { IdParams, defineOperation, jsonAnswer, jsonBody } from './operation';

/** `?companyId=` (its own address and its contacts') or `?contactId=`: one of them. */
export const SentMailQuery = z
  .object({
    companyId: IdSchema.optional(),
    contactId: IdSchema.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .refine((q) => (q.companyId === undefined) !== (q.contactId === undefined), { message: 'errors.field.companyOrContact' });

const tags = ['mail'];

/** E-mail to a selection of companies and their contacts, and what was sent to a record. */
export const mailingsApi = {
  preview: defineOperation({
    method: 'post',
    path: '/api/mailings/preview',
    summary: "Who an e-mail to a selection would reach, and the first recipient's merge values (nothing is sent)",
    tags,
    request: { body: jsonBody(MailingPreviewRequestSchema) },
    responses: { 200: jsonAnswer(MailingPreviewSchema) },
  }),
  create: defineOperation({
    method: 'post',
    path: '/api/mailings',
    summary:
      'E-mail a selection of companies and/or their contacts, one message per address, merge fields filled in; answers 202 and sends in the background (503 mailNotConfigured without SMTP settings)',
    tags,
    request: { body: jsonBody(MailingCreateRequestSchema) },
    responses: { 202: jsonAnswer(MailingCreatedSchema, 'Accepted: sending in the background') },
  }),
  sent: defineOperation({
    method: 'get',
    path: '/api/mailings/sent',
    summary: "Messages sent to a company (its own address and its contacts') or to a contact, newest first",
    tags,
    request: { query: SentMailQuery },
    responses: { 200: jsonAnswer(SentMailListSchema) },
  }),
  progress: defineOperation({
    method: 'get',
    path: '/api/mailings/{id}',
    summary: 'Progress of a mailing: sent, failed, pending, finished',
    tags,
    request: { params: IdParams },
    responses: { 200: jsonAnswer(MailingProgressSchema) },
  }),
};
