import { z } from 'zod';
import { AddressSchema } from './address';
import { BaseRecordSchema, IdSchema, clearableText, storedText } from './base';
import { CustomFieldsSchema } from './custom-fields';

const optionalEmail = z
  .union([z.email('errors.field.email'), z.literal('')])
  .nullable()
  .transform((s) => s || null);

export const ContactEmailSchema = z.object({
  address: z.email('errors.field.email'),
  label: clearableText(40).optional(),
});
export const ContactPhoneSchema = z.object({
  /** As typed; stored in E.164, read in the contact's country (or the workspace's). */
  number: z.string().trim().min(1, 'errors.field.required').max(50),
  label: clearableText(40).optional(),
});

/**
 * A birthday as vCard keeps it: `2026-12-04`, or `--12-04` when the year is not known. The day
 * must exist (29 February only in a leap year, or with no year).
 */
export const BirthdaySchema = z
  .string()
  .trim()
  .nullable()
  .transform((s) => (s === '' || s === null ? null : s))
  .refine((s) => s === null || isBirthday(s), 'errors.field.birthday');

function isBirthday(text: string): boolean {
  const m = /^(\d{4}|--)-?(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const year = m[1] === '--' ? 2000 : Number(m[1]);
  const day = new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3])));
  return day.getUTCMonth() === Number(m[2]) - 1 && day.getUTCDate() === Number(m[3]) && year >= 1900;
}

/**
 * Editable contact fields. `emails` and `phones` hold them all, the first being the primary;
 * `email` and `phone` are shorthand for replacing just the primary one (the popup sends those).
 */
export const ContactFieldsSchema = z.object({
  firstName: z.string().trim().min(1, 'errors.field.required').max(100),
  lastName: clearableText(100),
  email: optionalEmail,
  emails: z.array(ContactEmailSchema).max(20),
  phone: clearableText(50),
  phones: z.array(ContactPhoneSchema).max(20),
  title: clearableText(200),
  birthday: BirthdaySchema,
  photoUrl: clearableText(2000),
  url: clearableText(500),
  address: AddressSchema.nullable(),
  categoryIds: z.array(IdSchema).max(100),
  tagIds: z.array(IdSchema).max(200),
  /** Members responsible for the person (the "ansvarlig"), as on a company. */
  ownerIds: z.array(IdSchema).max(50),
  notes: clearableText(20_000),
  customFields: CustomFieldsSchema,
});
export type ContactFields = z.infer<typeof ContactFieldsSchema>;

const StoredEmailSchema = z.object({ address: z.string(), label: z.string().nullable() });
const StoredPhoneSchema = z.object({ number: z.string(), label: z.string().nullable() });

export const ContactSchema = BaseRecordSchema.extend({
  firstName: z.string(),
  lastName: storedText,
  /** The primary e-mail and phone (first of the lists), kept as columns for lookup and search. */
  email: storedText,
  phone: storedText,
  emails: z.array(StoredEmailSchema),
  phones: z.array(StoredPhoneSchema),
  title: storedText,
  birthday: storedText,
  photoUrl: storedText,
  url: storedText,
  address: AddressSchema.nullable(),
  categoryIds: z.array(z.string()),
  tagIds: z.array(z.string()),
  ownerIds: z.array(z.string()),
  notes: storedText,
  customFields: CustomFieldsSchema,
  /** A person who is a customer in their own right, numbered from the workspace's customer sequence. */
  isPrivateCustomer: z.boolean(),
  customerNumber: z.number().int().nullable(),
  /** Set by admins: only admins see this contact's logged e-mails (API and sync alike). */
  emailsBlocked: z.boolean(),
});
export type Contact = z.infer<typeof ContactSchema>;
