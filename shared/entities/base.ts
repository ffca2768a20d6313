import { z } from 'zod';

export const IdSchema = z.uuid({ message: 'errors.field.uuid' });

/** Fields every synced record carries; the server stamps all but `id`. */
export const BaseRecordSchema = z.object({
  id: IdSchema,
  workspaceId: z.string(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  createdBy: z.string(),
  updatedBy: z.string(),
  deletedAt: z.number().int().nullable(),
  /** Workspace version of the transaction that last changed the row; 0 = not yet on the server. */
  version: z.number().int(),
});
export type BaseRecord = z.infer<typeof BaseRecordSchema>;

/** Text a user may clear: trimmed, and an empty string is stored as null. */
export const clearableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((s) => (s === '' || s === null ? null : s));

/** Stored text column: what `clearableText` produces. */
export const storedText = z.string().nullable();
