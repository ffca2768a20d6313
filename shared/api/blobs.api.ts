import { z } from 'zod';
import { CompanySchema } from '../entities/company';
import { BlobKeySchema } from '../files/blob-key';
import { LogoImportResponseSchema } from '../images/logo-import-status';
import { LOGO_CONTENT_TYPES } from '../images/logo-types';
import { IdParams, defineOperation, jsonAnswer, rawContent } from './operation';

const CompanyAnswer = z.object({ company: CompanySchema });

/** Stored files (company logos): uploaded as raw bytes, served by key to the workspace that owns them. */
export const blobsApi = {
  get: defineOperation({
    method: 'get',
    path: '/api/blobs/{key}',
    summary:
      'A stored file (a logo URL /api/blobs/<key>), to callers of its workspace; an image is served inline with its checked type, anything else as an attachment; cacheable for good (private)',
    tags: ['companies'],
    request: { params: z.object({ key: BlobKeySchema }) },
    responses: { 200: { description: 'The bytes', content: rawContent([...LOGO_CONTENT_TYPES, 'application/octet-stream']) } },
  }),
  uploadLogo: defineOperation({
    method: 'put',
    path: '/api/companies/{id}/logo',
    summary:
      "Upload the company's logo as the raw body: PNG, JPEG, WebP or GIF (the bytes must match), up to 2 MB (413); 415 otherwise",
    tags: ['companies'],
    request: {
      params: IdParams,
      body: { content: rawContent(LOGO_CONTENT_TYPES), required: true, description: 'The image bytes' },
    },
    responses: { 200: jsonAnswer(CompanyAnswer) },
  }),
  removeLogo: defineOperation({
    method: 'delete',
    path: '/api/companies/{id}/logo',
    summary: "Clear the company's logo and remove the stored image",
    tags: ['companies'],
    request: { params: IdParams },
    responses: { 200: jsonAnswer(CompanyAnswer) },
  }),
  logoImport: defineOperation({
    method: 'get',
    path: '/api/companies/{id}/logo/import',
    summary:
      'How the last web address given as the logo fared: the server fetches it once (public addresses, images up to 2 MB) and stores it',
    tags: ['companies'],
    request: { params: IdParams },
    responses: { 200: jsonAnswer(LogoImportResponseSchema) },
  }),
};
