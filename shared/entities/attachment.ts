import { z } from 'zod';
import { BaseRecordSchema } from './base';

/**
 * A file's metadata (the bytes stay in blob storage and are never synced). Uploaded to a company,
 * contact or activity through `/api/files`; clients only ever delete one.
 */
export const AttachmentSchema = BaseRecordSchema.extend({
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  blobKey: z.string(),
  companyIds: z.array(z.string()),
  contactIds: z.array(z.string()),
  activityIds: z.array(z.string()),
});
export type Attachment = z.infer<typeof AttachmentSchema>;
