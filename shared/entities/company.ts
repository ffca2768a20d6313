import { z } from 'zod';
import { AddressSchema } from './address';
import { BaseRecordSchema, clearableText, storedText } from './base';

/** Editable company fields as clients send them (create takes them all, update any subset). */
export const CompanyFieldsSchema = z.object({
  name: z.string().trim().min(1, 'is required').max(200),
  website: clearableText(500),
  domain: clearableText(253),
  orgNumber: clearableText(40),
  vatNumber: clearableText(40),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'must be a two-letter ISO country code')
    .transform((s) => s.toUpperCase())
    .nullable(),
  email: z
    .union([z.email('must be an e-mail address'), z.literal('')])
    .nullable()
    .transform((s) => s || null),
  phone: clearableText(50),
  logoUrl: clearableText(2000),
  address: AddressSchema.nullable(),
  socialProfiles: z.array(z.url('must be a URL').max(500)).max(20),
});
export type CompanyFields = z.infer<typeof CompanyFieldsSchema>;

export const CompanySchema = BaseRecordSchema.extend({
  name: z.string(),
  website: storedText,
  domain: storedText,
  orgNumber: storedText,
  vatNumber: storedText,
  country: storedText,
  email: storedText,
  phone: storedText,
  logoUrl: storedText,
  address: AddressSchema.nullable(),
  socialProfiles: z.array(z.string()),
});
export type Company = z.infer<typeof CompanySchema>;
