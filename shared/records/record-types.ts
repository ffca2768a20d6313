import { companyRecord } from './company.record';
import { contactRecord } from './contact.record';

/** Every record type the generic machinery serves (see record-type.ts), by entity name. */
export const recordTypes = { company: companyRecord, contact: contactRecord } as const;

export type RecordTypeName = keyof typeof recordTypes;

export function isRecordTypeName(value: string): value is RecordTypeName {
  return Object.hasOwn(recordTypes, value);
}
