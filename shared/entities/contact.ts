import { z } from 'zod';
import { BaseRecordSchema, clearableText, storedText } from './base';

export const ContactFieldsSchema = z.object({
  firstName: z.string().trim().min(1, 'is required').max(100),
  lastName: clearableText(100),
  email: z
    .union([z.email('must be an e-mail address'), z.literal('')])
    .nullable()
    .transform((s) => s || null),
  phone: clearableText(50),
  title: clearableText(200),
  photoUrl: clearableText(2000),
  url: clearableText(500),
});
export type ContactFields = z.infer<typeof ContactFieldsSchema>;

export const ContactSchema = BaseRecordSchema.extend({
  firstName: z.string(),
  lastName: storedText,
  email: storedText,
  phone: storedText,
  title: storedText,
  photoUrl: storedText,
  url: storedText,
});
export type Contact = z.infer<typeof ContactSchema>;
