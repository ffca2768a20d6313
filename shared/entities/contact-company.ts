import { z } from 'zod';
import { BaseRecordSchema, IdSchema, storedText } from './base';

/** A contact's position at one company; a contact may hold many. Unlinking soft-deletes the link. */
export const ContactCompanySchema = BaseRecordSchema.extend({
  contactId: IdSchema,
  companyId: IdSchema,
  position: storedText,
  isPrimary: z.boolean(),
});
export type ContactCompany = z.infer<typeof ContactCompanySchema>;
