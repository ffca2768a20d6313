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

/** The list, ids, count and bulk operations of each record type, with what its list rows carry. */
export const recordListApis = {
  company: recordListApi(companyRecord, CompanyListRowSchema),
  contact: recordListApi(contactRecord, ContactSchema),
} as const satisfies Record<RecordTypeName, unknown>;
