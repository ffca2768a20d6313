import type { MessageKey } from '../../../shared/i18n/messages';
import { currentI18n } from '../../ui/i18n/use-i18n';
import type { Issue } from '../companies/form/company-draft';

/** Messages by the field they belong to (`issues[].path[0]`), each already naming any sub-field. */
export type FieldErrors = Record<string, string[]>;

/** How the form labels each company field; error messages and the summary use the same words. */
const COMPANY_LABELS: Record<string, MessageKey> = {
  name: 'common.name',
  website: 'dashboard.companyField.website',
  domain: 'dashboard.companyField.domain',
  orgNumber: 'dashboard.companyField.orgNumber',
  vatNumber: 'dashboard.companyField.vatNumber',
  country: 'dashboard.companyField.country',
  orgForm: 'dashboard.companyField.orgForm',
  naceCode: 'dashboard.companyField.naceCode',
  employees: 'dashboard.companyField.employees',
  email: 'common.email',
  phone: 'common.phone',
  logoUrl: 'dashboard.companyField.logoUrl',
  address: 'dashboard.companyField.address',
  postalAddress: 'dashboard.companyField.postalAddress',
  invoiceAddress: 'dashboard.companyField.invoiceAddress',
  socialProfiles: 'dashboard.companyField.socialProfiles',
  relationshipTypeId: 'dashboard.companyField.relationshipTypeId',
  statusTypeId: 'dashboard.companyField.statusTypeId',
  industryId: 'dashboard.companyField.industryId',
  departmentId: 'dashboard.companyField.departmentId',
  categoryIds: 'dashboard.companyField.categoryIds',
  tagIds: 'dashboard.companyField.tagIds',
  ownerIds: 'dashboard.companyField.ownerIds',
  invoice: 'dashboard.companyField.invoice',
  parentId: 'dashboard.companyField.parentId',
  customFields: 'customFields.section.custom',
};

const SUB_LABELS: Record<string, MessageKey> = {
  street: 'dashboard.fieldPart.street',
  postalCode: 'dashboard.fieldPart.postalCode',
  city: 'dashboard.fieldPart.city',
  region: 'dashboard.fieldPart.region',
  country: 'dashboard.fieldPart.country',
  type: 'dashboard.fieldPart.type',
  email: 'dashboard.fieldPart.email',
  // An e-mail or phone row of a contact (`emails.0.address`, `phones.1.number`).
  address: 'dashboard.fieldPart.email',
  number: 'dashboard.fieldPart.phone',
  creditDays: 'dashboard.fieldPart.creditDays',
};

function subLabel(part: string | number): string {
  const { t, f } = currentI18n();
  if (typeof part === 'number') return t('dashboard.fieldPart.line', { line: f.integer(part + 1) });
  const key = SUB_LABELS[part];
  return key ? t(key) : part;
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
  const key = COMPANY_LABELS[field];
  return key ? currentI18n().t(key) : field;
}
