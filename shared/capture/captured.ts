import { z } from 'zod';

/** Where a captured value came from, most trusted first. */
export const CaptureSourceSchema = z.enum([
  'json-ld',
  'microdata',
  'rdfa',
  'microformats',
  'opengraph',
  'meta',
  'link',
  'footer',
  'url',
]);
export type CaptureSource = z.infer<typeof CaptureSourceSchema>;

/** Wraps a value with its source, so the popup can show why it suggests what it suggests. */
export const capturedSchema = <T extends z.ZodType>(value: T) => z.object({ value, source: CaptureSourceSchema });
// zod cannot infer a generic type from a schema factory, so this one is spelled out.
export type Captured<T> = { value: T; source: CaptureSource };

const CapturedTextSchema = capturedSchema(z.string());

export const CapturedAddressSchema = z.object({
  street: z.string().optional(),
  postalCode: z.string().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  /** ISO 3166 alpha-2 when we can tell, otherwise as written. */
  country: z.string().optional(),
});
export type CapturedAddress = z.infer<typeof CapturedAddressSchema>;

export const CapturedCompanySchema = z.object({
  name: CapturedTextSchema.optional(),
  /** Absolute URL: the origin, or the homepage the organisation names for itself. */
  website: CapturedTextSchema.optional(),
  /** Host without "www.", e.g. "acme.no". */
  domain: CapturedTextSchema.optional(),
  logo: CapturedTextSchema.optional(),
  email: CapturedTextSchema.optional(),
  /** As written on the page; normalising to E.164 happens when the user saves. */
  phone: CapturedTextSchema.optional(),
  address: capturedSchema(CapturedAddressSchema).optional(),
  socialProfiles: z.array(CapturedTextSchema),
  /** Digits only for NO/SE/DK/NL; the UK's 8-character company number. */
  orgNumber: CapturedTextSchema.optional(),
  /** Compact, with country prefix: "NO923609016MVA", "SE556036079301", "GB999999973". */
  vatNumber: CapturedTextSchema.optional(),
  /** ISO 17442 Legal Entity Identifier, when the page gives a valid one (schema.org leiCode). */
  leiCode: CapturedTextSchema.optional(),
  /** ISO 3166 alpha-2. */
  country: CapturedTextSchema.optional(),
  description: CapturedTextSchema.optional(),
});
export type CapturedCompany = z.infer<typeof CapturedCompanySchema>;

export const CapturedPersonSchema = z.object({
  name: CapturedTextSchema,
  givenName: CapturedTextSchema.optional(),
  familyName: CapturedTextSchema.optional(),
  jobTitle: CapturedTextSchema.optional(),
  email: CapturedTextSchema.optional(),
  phone: CapturedTextSchema.optional(),
  url: CapturedTextSchema.optional(),
  photo: CapturedTextSchema.optional(),
  /** Name of the organisation the person works for. */
  worksFor: CapturedTextSchema.optional(),
});
export type CapturedPerson = z.infer<typeof CapturedPersonSchema>;

export const PageEntitiesSchema = z.object({
  /** The page's own organisation first, then any others the page describes. */
  companies: z.array(CapturedCompanySchema),
  people: z.array(CapturedPersonSchema),
});
export type PageEntities = z.infer<typeof PageEntitiesSchema>;
