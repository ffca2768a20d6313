import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { countryFilter, customFieldFilters, filterFromQuery, flagFilter, idList, time } from './filter-fields';

/**
 * What a contact list can be narrowed by: the same rules as the company list (lists of ids
 * match any of them, different fields all have to match). City, postcode and country are the
 * contact's own address; `companyId` is a company the person works at.
 */
export const ContactFilterSchema = z.object({
  q: z.string().trim().max(200).optional(),
  categoryIds: idList.optional(),
  tagIds: idList.optional(),
  companyId: IdSchema.optional(),
  city: z.string().trim().max(100).optional(),
  postalCode: z.string().trim().max(20).optional(),
  country: countryFilter.optional(),
  isPrivateCustomer: flagFilter.optional(),
  createdFrom: time.optional(),
  createdTo: time.optional(),
  updatedFrom: time.optional(),
  updatedTo: time.optional(),
  customFields: customFieldFilters.optional(),
  sort: z.enum(['name', 'createdAt', 'updatedAt', 'customerNumber']).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
});
export type ContactFilter = z.infer<typeof ContactFilterSchema>;

export function contactFilterFromQuery(query: Record<string, string>) {
  return filterFromQuery(ContactFilterSchema, query);
}
