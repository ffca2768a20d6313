import { z } from 'zod';
import { CompanySchema } from '../entities/company';
import { CompanyCountersSchema } from '../entities/company-counters';
import { ContactSchema } from '../entities/contact';
import type { RecordTypeName } from '../records/record-types';
import { companyRecord } from '../records/company.record';
import { contactRecord } from '../records/contact.record';
import { recordListApi } from './record-list.api';

/** A company as its list answers it: with the counters its columns show. */
export const CompanyListRowSchema = CompanySchema.extend({ counters: CompanyCountersSchema });
export type CompanyListRow = z.infer<typeof CompanyListRowSchema>;

/** A contact as its list answers it: with the company the person works at. */
export const ContactListRowSchema = ContactSchema.extend({
  primaryCompany: z.object({ id: z.string(), name: z.string(), position: z.string().nullable() }).nullable(),
});
export type ContactListRow = z.infer<typeof ContactListRowSchema>;

/** The list, ids, count and bulk operations of each record type, with what its list rows carry. */
export const recordListApis = {
  company: recordListApi(companyRecord, CompanyListRowSchema),
  contact: recordListApi(contactRecord, ContactListRowSchema),
} as const satisfies Record<RecordTypeName, unknown>;
