/** How a history line reads: field names as people say them, values as short text. */
const FIELD_NAMES: Record<string, string> = {
  orgNumber: 'org number',
  vatNumber: 'VAT number',
  naceCode: 'NACE code',
  orgForm: 'organisation form',
  relationshipTypeId: 'relationship',
  statusTypeId: 'status',
  industryId: 'industry',
  departmentId: 'department',
  categoryIds: 'categories',
  tagIds: 'tags',
  ownerIds: 'owners',
  parentId: 'parent company',
  customFields: 'custom fields',
  logoUrl: 'logo',
  postalAddress: 'postal address',
  invoiceAddress: 'invoice address',
  customerNumber: 'customer number',
  isPrivateCustomer: 'private customer',
  firstName: 'first name',
  lastName: 'last name',
};

export function fieldName(field: string): string {
  return FIELD_NAMES[field] ?? field.replace(/([A-Z])/g, ' $1').toLowerCase();
}

export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(valueText).join(', ');
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.address === 'string') return v.address;
    if (typeof v.number === 'string') return v.number;
    if (typeof v.name === 'string') return v.name;
    return Object.values(v)
      .filter((x) => x !== null && x !== '')
      .map(valueText)
      .join(', ');
  }
  return String(value);
}

const ACTIONS: Record<string, string> = {
  create: 'created',
  update: 'changed',
  delete: 'deleted',
  restore: 'restored from the trash',
  merge: 'merged',
  unmerge: 'merge undone',
};

export function actionText(action: string): string {
  return ACTIONS[action] ?? action;
}
