import { z } from 'zod';
import { BaseRecordSchema } from './base';
import { RecordLinksSchema, StoredLinksSchema } from './record-links';

/**
 * A note on companies and contacts. The text is note markup (shared/timeline/note-markup.ts: a
 * small safe subset, never HTML). A private note is its author's alone, everywhere: API, sync,
 * timeline and exports.
 */
export const NoteFieldsSchema = z.object({
  body: z.string().trim().min(1, 'errors.field.required').max(50_000),
  isPrivate: z.boolean(),
  ...RecordLinksSchema.shape,
});
export type NoteFields = z.infer<typeof NoteFieldsSchema>;

export const NoteSchema = BaseRecordSchema.extend({ ...NoteFieldsSchema.shape, ...StoredLinksSchema.shape });
export type Note = z.infer<typeof NoteSchema>;
