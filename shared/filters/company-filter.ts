import { z } from 'zod';
import { IdSchema } from '../entities/base';

/** `a,b,c` in a query string, or an array in JSON (saved selections, bulk actions). */
const idList = z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(IdSchema).max(100));
const time = z.coerce.number().int().min(0);

/**
 * What a company list can be narrowed by. Lists of ids match any of them; different fields all
 * have to match. The same schema reads a query string and a saved selection.
 */
export const CompanyFilterSchema = z.object({
  q: z.string().trim().max(200).optional(),
  relationshipTypeIds: idList.optional(),
  statusTypeIds: idList.optional(),
  industryIds: idList.optional(),
  departmentIds: idList.optional(),
  categoryIds: idList.optional(),
  tagIds: idList.optional(),
  ownerIds: idList.optional(),
  city: z.string().trim().max(100).optional(),
  postalCode: z.string().trim().max(20).optional(),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'must be a two-letter ISO country code')
    .transform((s) => s.toUpperCase())
    .optional(),
  createdFrom: time.optional(),
  createdTo: time.optional(),
  updatedFrom: time.optional(),
  updatedTo: time.optional(),
  /** Custom field equals value: `cf.<key>=<value>` in a query string. */
  customFields: z.record(z.string().regex(/^[\w.-]{1,64}$/), z.union([z.string().max(200), z.number(), z.boolean()])).optional(),
  sort: z.enum(['name', 'createdAt', 'updatedAt', 'customerNumber', 'employees']).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
});
export type CompanyFilter = z.infer<typeof CompanyFilterSchema>;

/** Query-string form: `cf.key=value` pairs are gathered into `customFields`. */
export function companyFilterFromQuery(query: Record<string, string>) {
  const customFields: Record<string, string> = {};
  const rest: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (key.startsWith('cf.')) customFields[key.slice(3)] = value;
    else rest[key] = value;
  }
  return CompanyFilterSchema.safeParse({ ...rest, ...(Object.keys(customFields).length > 0 && { customFields }) });
}
