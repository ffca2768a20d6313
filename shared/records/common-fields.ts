import type { FilterDescriptor } from './record-type';

/** The filters and history names every record type with an address and dates shares. */
export const PLACE_FILTERS = [
  { kind: 'text', key: 'city', label: 'City', placeholder: 'e.g. Bergen' },
  { kind: 'text', key: 'postalCode', label: 'Postcode starts with', placeholder: 'e.g. 50' },
  { kind: 'text', key: 'country', label: 'Country', placeholder: 'e.g. NO' },
] as const satisfies readonly FilterDescriptor[];

export const DATE_FILTERS = [
  { kind: 'date', key: 'createdFrom', label: 'Created from', end: false },
  { kind: 'date', key: 'createdTo', label: 'Created to', end: true },
  { kind: 'date', key: 'updatedFrom', label: 'Updated from', end: false },
  { kind: 'date', key: 'updatedTo', label: 'Updated to', end: true },
] as const satisfies readonly FilterDescriptor[];

export const COMMON_HISTORY_FIELDS = {
  categoryIds: 'categories',
  tagIds: 'tags',
  ownerIds: 'owners',
  customFields: 'custom fields',
  customerNumber: 'customer number',
} as const;
