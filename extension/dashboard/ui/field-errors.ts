import type { Issue } from '../companies/form/company-draft';

/** Messages by the field they belong to (`issues[].path[0]`), each already naming any sub-field. */
export type FieldErrors = Record<string, string[]>;

/** How the form labels each company field; error messages and the summary use the same words. */
export const COMPANY_LABELS: Record<string, string> = {
  name: 'Name',
  website: 'Website',
  domain: 'Domain',
  orgNumber: 'Org number',
  vatNumber: 'VAT number',
  country: 'Country',
  orgForm: 'Org form',
  naceCode: 'Industry code (NACE)',
  employees: 'Employees',
  email: 'E-mail',
  phone: 'Phone',
  logoUrl: 'Logo URL',
  address: 'Visit address',
  postalAddress: 'Postal address',
  invoiceAddress: 'Invoice address',
  socialProfiles: 'Social profiles',
  relationshipTypeId: 'Relationship',
  statusTypeId: 'Status',
  industryId: 'Industry',
  departmentId: 'Department',
  categoryIds: 'Categories',
  tagIds: 'Tags',
  ownerIds: 'Owners',
  invoice: 'Invoicing',
  parentId: 'Parent company',
  customFields: 'Custom fields',
};

const SUB_LABELS: Record<string, string> = {
  street: 'street',
  postalCode: 'postal code',
  city: 'city',
  region: 'region',
  country: 'country',
  type: 'how',
  email: 'e-mail',
  creditDays: 'credit days',
};

function subLabel(part: string | number): string {
  return typeof part === 'number' ? `line ${part + 1}` : (SUB_LABELS[part] ?? part);
}

export function fieldErrors(issues: Issue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const { path, message } of issues) {
    const [field = '', ...rest] = path;
    const where = rest.map(subLabel).join(' ');
    (out[String(field)] ??= []).push(where ? `${where} ${message}` : message);
  }
  return out;
}

export function fieldLabel(field: string): string {
  return COMPANY_LABELS[field] ?? field;
}
