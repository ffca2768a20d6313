import { z } from 'zod';

/**
 * A contact as read from one vCard (2.1, 3.0 or 4.0). Type labels are lowercase and never hold
 * `pref` (that is `preferred`) or `internet` (every e-mail address is one). Phones are kept as
 * written: normalising to E.164 happens where the contact is saved.
 */
export const VCardEmailSchema = z.object({
  address: z.string(),
  types: z.array(z.string()),
  preferred: z.boolean(),
});
export type VCardEmail = z.infer<typeof VCardEmailSchema>;

export const VCardPhoneSchema = z.object({
  number: z.string(),
  types: z.array(z.string()),
  preferred: z.boolean(),
});
export type VCardPhone = z.infer<typeof VCardPhoneSchema>;

/** ADR's PO box and extended address (suite, c/o) are folded into `street`, one per line. */
export const VCardAddressSchema = z.object({
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string().nullable(),
  types: z.array(z.string()),
});
export type VCardAddress = z.infer<typeof VCardAddressSchema>;

export const ParsedVCardContactSchema = z.object({
  /** Empty for a company card (KIND:org, or FN equal to ORG with no N). */
  firstName: z.string(),
  lastName: z.string().nullable(),
  /** FN; built from N, then ORG, e-mail or phone when the card has no FN. */
  fullName: z.string(),
  organization: z.string().nullable(),
  /** ORG's units after the company name, joined with ", ". */
  department: z.string().nullable(),
  title: z.string().nullable(),
  role: z.string().nullable(),
  emails: z.array(VCardEmailSchema),
  phones: z.array(VCardPhoneSchema),
  addresses: z.array(VCardAddressSchema),
  urls: z.array(z.string()),
  note: z.string().nullable(),
  /** `YYYY-MM-DD`, or `--MM-DD` without a year; as written when it is neither. */
  birthday: z.string().nullable(),
  categories: z.array(z.string()),
  uid: z.string().nullable(),
  /** http(s) only: inline base64 photos are dropped. */
  photoUrl: z.string().nullable(),
});
export type ParsedVCardContact = z.infer<typeof ParsedVCardContactSchema>;

const labelled = { types: z.array(z.string()).optional(), preferred: z.boolean().optional() };

/** What toVCard needs: a parsed contact fits, and so does a sparse one built by hand. */
export const VCardContactInputSchema = z.object({
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  fullName: z.string().nullish(),
  organization: z.string().nullish(),
  department: z.string().nullish(),
  title: z.string().nullish(),
  role: z.string().nullish(),
  emails: z.array(z.object({ address: z.string(), ...labelled })).optional(),
  phones: z.array(z.object({ number: z.string(), ...labelled })).optional(),
  addresses: z.array(VCardAddressSchema.partial()).optional(),
  urls: z.array(z.string()).optional(),
  note: z.string().nullish(),
  birthday: z.string().nullish(),
  categories: z.array(z.string()).optional(),
  uid: z.string().nullish(),
  photoUrl: z.string().nullish(),
});
export type VCardContactInput = z.infer<typeof VCardContactInputSchema>;
