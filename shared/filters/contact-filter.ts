import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { commonFilterShape, filterFromQuery, flagFilter, idList } from './filter-fields';

/**
 * What a contact list can be narrowed by, beyond what every list has: city, postcode and country
 * are the contact's own address; `companyId` is a company the person works at.
 */
export const ContactFilterSchema = z.object({
  ...commonFilterShape,
  companyId: IdSchema.optional(),
  ownerIds: idList.optional(),
  isPrivateCustomer: flagFilter.optional(),
  sort: z.enum(['name', 'createdAt', 'updatedAt', 'customerNumber']).default('name'),
});
export type ContactFilter = z.infer<typeof ContactFilterSchema>;

export function contactFilterFromQuery(query: Record<string, string>) {
  return filterFromQuery(ContactFilterSchema, query);
}
