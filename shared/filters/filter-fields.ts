import { z } from 'zod';
import { IdSchema } from '../entities/base';

/** `a,b,c` in a query string, or an array in JSON (saved selections, bulk actions). */
export const idList = z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(IdSchema).max(100));

/** Milliseconds since the epoch, as the date inputs send them. */
export const time = z.coerce.number().int().min(0);

export const countryFilter = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'errors.field.country')
  .transform((s) => s.toUpperCase());

/** `true` or `false` in a query string, a boolean in JSON. */
export const flagFilter = z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean());

/** Custom field equals value: `cf.<key>=<value>` in a query string. */
export const customFieldFilters = z.record(
  z.string().regex(/^[\w.-]{1,64}$/),
  z.union([z.string().max(200), z.number(), z.boolean()]),
);

/** Query-string form of a list filter: `cf.key=value` pairs are gathered into `customFields`. */
export function filterFromQuery<S extends z.ZodType>(schema: S, query: Record<string, string>) {
  const customFields: Record<string, string> = {};
  const rest: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (key.startsWith('cf.')) customFields[key.slice(3)] = value;
    else rest[key] = value;
  }
  return schema.safeParse({ ...rest, ...(Object.keys(customFields).length > 0 && { customFields }) });
}

/**
 * What every record list can be narrowed by: a search, categories and tags, a place, when it was
 * made and changed, custom field values, and a direction. A record type's filter adds its own.
 */
export const commonFilterShape = {
  q: z.string().trim().max(200).optional(),
  categoryIds: idList.optional(),
  tagIds: idList.optional(),
  city: z.string().trim().max(100).optional(),
  postalCode: z.string().trim().max(20).optional(),
  country: countryFilter.optional(),
  createdFrom: time.optional(),
  createdTo: time.optional(),
  updatedFrom: time.optional(),
  updatedTo: time.optional(),
  /** Custom field equals value: `cf.<key>=<value>` in a query string. */
  customFields: customFieldFilters.optional(),
  dir: z.enum(['asc', 'desc']).default('asc'),
};
