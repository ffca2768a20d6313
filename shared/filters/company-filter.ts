import { z } from 'zod';
import { commonFilterShape, filterFromQuery, idList } from './filter-fields';

/**
 * What a company list can be narrowed by. Lists of ids match any of them; different fields all
 * have to match. The same schema reads a query string and a saved selection.
 */
export const CompanyFilterSchema = z.object({
  ...commonFilterShape,
  relationshipTypeIds: idList.optional(),
  statusTypeIds: idList.optional(),
  industryIds: idList.optional(),
  departmentIds: idList.optional(),
  ownerIds: idList.optional(),
  sort: z.enum(['name', 'createdAt', 'updatedAt', 'customerNumber', 'employees']).default('name'),
});
export type CompanyFilter = z.infer<typeof CompanyFilterSchema>;

/** Query-string form: `cf.key=value` pairs are gathered into `customFields`. */
export function companyFilterFromQuery(query: Record<string, string>) {
  return filterFromQuery(CompanyFilterSchema, query);
}
