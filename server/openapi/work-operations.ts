import { z } from 'zod';
import { AttachmentSchema } from '../../shared/entities/attachment';
import { FILE_TYPES } from '../files/file-type-check';
import { FileUploadQuery } from '../../shared/api/files.api';
import type { Operation } from './api-operations';

const item = z.object({ item: AttachmentSchema });

/** Issue 6: files on companies, contacts and activities. */
export const workOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/files',
    summary: 'Upload a file to a company, contact or activity (raw bytes; type checked against the bytes; 413 over the limit)',
    tag: 'files',
    query: FileUploadQuery,
    bodyMediaTypes: Object.keys(FILE_TYPES),
    response: item,
  },
  { method: 'get', path: '/api/files/{id}', summary: "A file's metadata", tag: 'files', response: item },
  {
    method: 'get',
    path: '/api/files/{id}/download',
    summary: 'The file, under the name it was uploaded with',
    tag: 'files',
    responseMediaTypes: ['application/octet-stream'],
  },
  {
    method: 'delete',
    path: '/api/files/{id}',
    summary: 'Move a file to the trash',
    tag: 'files',
    response: z.object({ ok: z.literal(true) }),
  },
];
