import type { MessageKey } from '../i18n/messages';
import type { FilterDescriptor } from './record-type';

/** The filters and history names every record type with an address and dates shares. */
export const PLACE_FILTERS = [
  { kind: 'text', key: 'city', label: 'records.label.city', placeholder: 'records.example.city' },
  { kind: 'text', key: 'postalCode', label: 'records.label.postalCodeStartsWith', placeholder: 'records.example.postalCode' },
  { kind: 'text', key: 'country', label: 'records.label.country', placeholder: 'records.example.country' },
] as const satisfies readonly FilterDescriptor[];

export const DATE_FILTERS = [
  { kind: 'date', key: 'createdFrom', label: 'records.label.createdFrom', end: false },
  { kind: 'date', key: 'createdTo', label: 'records.label.createdTo', end: true },
  { kind: 'date', key: 'updatedFrom', label: 'records.label.updatedFrom', end: false },
  { kind: 'date', key: 'updatedTo', label: 'records.label.updatedTo', end: true },
] as const satisfies readonly FilterDescriptor[];

/** Fields both types store under the same name; each type adds its own (see `historyFields`). */
export const COMMON_HISTORY_FIELDS = {
  categoryIds: 'records.field.categoryIds',
  tagIds: 'records.field.tagIds',
  ownerIds: 'records.field.ownerIds',
  customFields: 'records.field.customFields',
  customerNumber: 'records.field.customerNumber',
  email: 'records.field.email',
  phone: 'records.field.phone',
  address: 'records.field.address',
} as const satisfies Record<string, MessageKey>;
