import { z } from 'zod';
import { AttachmentSchema } from '../entities/attachment';
import { IdSchema } from '../entities/base';
import { FILE_CONTENT_TYPES } from '../files/file-types';
import { IdParams, OkSchema, defineOperation, jsonAnswer, rawContent } from './operation';

export const FileUploadQuery = z
  .object({
    name: z.string().trim().min(1, 'errors.field.required').max(255),
    companyId: IdSchema.optional(),
    contactId: IdSchema.optional(),
    activityId: IdSchema.optional(),
  })
  .refine((q) => q.companyId || q.contactId || q.activityId, {
    message: 'errors.files.noLink',
    path: ['companyId'],
  });

const tags = ['files'];
const FileAnswer = z.object({ item: AttachmentSchema });

/**
 * Files on companies, contacts and activities: the raw bytes go up as the body, the metadata
 * syncs, and the bytes come back under the name they were uploaded with.
 */
export const filesApi = {
  upload: defineOperation({
    method: 'post',
    path: '/api/files',
    summary:
      'Upload a file to a company, contact or activity as the raw body (its type checked against the bytes: 415 otherwise; 413 over the limit)',
    tags,
    request: {
      query: FileUploadQuery,
      body: { content: rawContent(FILE_CONTENT_TYPES), required: true, description: 'The file bytes' },
    },
    responses: { 201: jsonAnswer(FileAnswer, 'Created') },
  }),
  get: defineOperation({
    method: 'get',
    path: '/api/files/{id}',
    summary: "A file's metadata",
    tags,
    request: { params: IdParams },
    responses: { 200: jsonAnswer(FileAnswer) },
  }),
  download: defineOperation({
    method: 'get',
    path: '/api/files/{id}/download',
    summary: 'The file, under the name it was uploaded with (always as an attachment of no particular type)',
    tags,
    request: { params: IdParams },
    responses: { 200: { description: 'The bytes', content: rawContent(['application/octet-stream']) } },
  }),
  remove: defineOperation({
    method: 'delete',
    path: '/api/files/{id}',
    summary: 'Move a file to the trash',
    tags,
    request: { params: IdParams },
    responses: { 200: jsonAnswer(OkSchema) },
  }),
};
