import { z } from 'zod';
import { countryFilter, customFieldFilters, filterFromQuery, idList, time } from './filter-fields';

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
  country: countryFilter.optional(),
  createdFrom: time.optional(),
  createdTo: time.optional(),
  updatedFrom: time.optional(),
  updatedTo: time.optional(),
  /** Custom field equals value: `cf.<key>=<value>` in a query string. */
  customFields: customFieldFilters.optional(),
  sort: z.enum(['name', 'createdAt', 'updatedAt', 'customerNumber', 'employees']).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
});
export type CompanyFilter = z.infer<typeof CompanyFilterSchema>;

/** Query-string form: `cf.key=value` pairs are gathered into `customFields`. */
export function companyFilterFromQuery(query: Record<string, string>) {
  return filterFromQuery(CompanyFilterSchema, query);
}
