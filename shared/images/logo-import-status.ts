import { z } from 'zod';

/** What became of the last web address given as a company's logo, fetched by the server (`GET /api/companies/:id/logo/import`). */
export const LogoImportStatusSchema = z.object({
  url: z.string(),
  /** `superseded`: another logo was chosen while the address was fetched. */
  state: z.enum(['pending', 'imported', 'refused', 'superseded']),
  /** Why it was refused, in words. */
  reason: z.string().nullable(),
  /** The stored copy (`/api/blobs/…`), once imported. */
  logoUrl: z.string().nullable(),
  at: z.number().int(),
});
export type LogoImportStatus = z.infer<typeof LogoImportStatusSchema>;
export type LogoImportState = LogoImportStatus['state'];

export const LogoImportResponseSchema = z.object({ import: LogoImportStatusSchema.nullable() });
