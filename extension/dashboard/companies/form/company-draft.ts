import type { z } from 'zod';
import type { Address } from '../../../../shared/entities/address';
import type { Company, CompanyFieldsSchema } from '../../../../shared/entities/company';
import type { CustomFields } from '../../../../shared/entities/custom-fields';
import type { InvoiceSettings } from '../../../../shared/entities/invoice-settings';
import { draftFromRegister as sharedDraftFromRegister } from '../../../../shared/registers/draft-from-register';
import type { RegisterCompany, RegisterStatus } from '../../../../shared/registers/register-company';
import { formatOrgNumber } from '../../../../shared/registers/format-org-number';
import { entityFields, isFieldId } from '../../custom-fields/custom-field-defs';
import { typedPayload, valueDraft, type TypedDraft } from '../../custom-fields/custom-value-draft';
import { companyChoices, type Lookups } from '../../records/use-lookups';
import type { MessageKey } from '../../../../shared/i18n/messages';
import type { MessageValues } from '../../../../shared/i18n/translator';
import { currentI18n } from '../../../ui/i18n/use-i18n';

/** What the API accepts for a company: any subset for PATCH, all of it for POST. */
/** What the form sends: every field it edits, the name always (a create needs it). */
export type CompanyPayload = Partial<z.input<typeof CompanyFieldsSchema>> & { name: string };

/** The API's issue shape; the form makes the same for what it can check itself. */
export type Issue = { path: (string | number)[]; message: string };

/** An issue the form found, in the language of the moment (the field's label is put before it where it is shown). */
export const issue = (path: Issue['path'], key: MessageKey, values?: MessageValues): Issue => ({
  path,
  message: currentI18n().t(key, values),
});

export const ADDRESS_KEYS = ['street', 'postalCode', 'city', 'region', 'country'] as const;
export type AddressDraft = Record<(typeof ADDRESS_KEYS)[number], string>;
export type AddressField = 'address' | 'postalAddress' | 'invoiceAddress';

export type CustomFieldKind = 'text' | 'number' | 'boolean' | 'list';
export type CustomFieldRow = { key: string; kind: CustomFieldKind; value: string };

type TextField =
  | 'name'
  | 'website'
  | 'orgNumber'
  | 'vatNumber'
  | 'country'
  | 'orgForm'
  | 'naceCode'
  | 'employees'
  | 'email'
  | 'phone'
  | 'logoUrl'
  | 'socialProfiles'
  | 'relationshipTypeId'
  | 'statusTypeId'
  | 'industryId'
  | 'departmentId'
  | 'parentId'
  | 'registerStatus';

/** The form's state: text as typed, so nothing the user entered is lost when a save fails. */
export type CompanyDraft = Record<TextField, string> &
  Record<AddressField, AddressDraft> & {
    categoryIds: string[];
    tagIds: string[];
    ownerIds: string[];
    invoice: { type: InvoiceSettings['type'] | ''; email: string; creditDays: string };
    /** Free-form keys; the typed fields (values under a definition's id) are in `typed`. */
    customFields: CustomFieldRow[];
    typed: TypedDraft[];
    /** What the company holds, so values of deleted definitions are kept and unchanged ones pass. */
    savedCustomFields: CustomFields;
  };

export const addressDraft = (a: Address | null): AddressDraft => ({
  street: a?.street ?? '',
  postalCode: a?.postalCode ?? '',
  city: a?.city ?? '',
  region: a?.region ?? '',
  country: a?.country ?? '',
});

function customFieldRow(key: string, value: CustomFields[string]): CustomFieldRow {
  if (typeof value === 'number') return { key, kind: 'number', value: String(value) };
  if (typeof value === 'boolean') return { key, kind: 'boolean', value: String(value) };
  if (Array.isArray(value)) return { key, kind: 'list', value: value.join(', ') };
  return { key, kind: 'text', value: value ?? '' };
}

/**
 * The form for a company (or a new one). Tags, categories and owners that were deleted are left
 * out: the server rejects a list naming them, and unchanged lists are not sent at all.
 */
export function companyDraft(company: Company | null, lookups: Lookups, me: string | null = null): CompanyDraft {
  const live = (ids: string[] | undefined, known: { id: string }[]) => (ids ?? []).filter((id) => known.some((k) => k.id === id));
  const c = company;
  return {
    name: c?.name ?? '',
    website: c?.website ?? '',
    orgNumber: formatOrgNumber(c?.country ?? null, c?.orgNumber ?? null) ?? '',
    vatNumber: c?.vatNumber ?? '',
    country: c?.country ?? '',
    orgForm: c?.orgForm ?? '',
    naceCode: c?.naceCode ?? '',
    employees: c?.employees?.toString() ?? '',
    email: c?.email ?? '',
    phone: c?.phone ?? '',
    logoUrl: c?.logoUrl ?? '',
    socialProfiles: c?.socialProfiles.join('\n') ?? '',
    relationshipTypeId: c?.relationshipTypeId ?? '',
    statusTypeId: c?.statusTypeId ?? '',
    industryId: c?.industryId ?? '',
    departmentId: c?.departmentId ?? '',
    categoryIds: live(c?.categoryIds, companyChoices(lookups, 'category')),
    tagIds: live(c?.tagIds, companyChoices(lookups, 'tag')),
    // A new company's first owner is the one who creates it.
    ownerIds: c ? live(c.ownerIds, lookups.members) : live(me ? [me] : [], lookups.members),
    address: addressDraft(c?.address ?? null),
    postalAddress: addressDraft(c?.postalAddress ?? null),
    invoiceAddress: addressDraft(c?.invoiceAddress ?? null),
    invoice: {
      type: c?.invoice?.type ?? '',
      email: c?.invoice?.email ?? '',
      creditDays: c?.invoice?.creditDays?.toString() ?? '',
    },
    parentId: c?.parentId ?? '',
    registerStatus: c?.registerStatus ?? '',
    customFields: Object.entries(c?.customFields ?? {})
      .filter(([key]) => !isFieldId(key))
      .map(([key, value]) => customFieldRow(key, value)),
    typed: entityFields(lookups, 'company').map((field) => ({ field, value: valueDraft(field, c?.customFields[field.id]) })),
    savedCustomFields: c?.customFields ?? {},
  };
}

const text = (s: string) => s.trim() || null;

/** The draft after picking `unit` in a register, by the shared rule; the form shows every field the register knows. */
export function draftFromRegister(d: CompanyDraft, unit: RegisterCompany): CompanyDraft {
  return sharedDraftFromRegister(d, unit, (f) => ({
    orgForm: f.orgForm ?? '',
    naceCode: f.naceCode ?? '',
    employees: f.employees?.toString() ?? '',
    address: addressDraft(f.address),
    postalAddress: addressDraft(f.postalAddress),
    registerStatus: f.registerStatus,
  }));
}

/** Whole numbers as people type them ("1 200"); NaN when it is not one. */
const wholeNumber = (s: string) => (/^\d+$/.test(s.replace(/[\s\u00a0]/g, '')) ? Number(s.replace(/[\s\u00a0]/g, '')) : NaN);

export function addressPayload(a: AddressDraft): Address | null {
  const out = {
    street: text(a.street),
    postalCode: text(a.postalCode),
    city: text(a.city),
    region: text(a.region),
    country: text(a.country)?.toUpperCase() ?? null,
  };
  return Object.values(out).some(Boolean) ? out : null;
}

function customFieldsPayload(rows: CustomFieldRow[], issues: Issue[]): CustomFields {
  const out: CustomFields = {};
  for (const row of rows) {
    const key = row.key.trim();
    if (!key && !row.value.trim()) continue;
    if (!key) issues.push(issue(['customFields'], 'companies.issue.needsFieldName', { value: row.value }));
    else if (key in out) issues.push(issue(['customFields', key], 'companies.issue.usedTwice'));
    else if (row.kind === 'number') {
      const n = Number(row.value.replace(',', '.'));
      if (row.value.trim() && Number.isNaN(n)) issues.push(issue(['customFields', key], 'companies.issue.notANumber'));
      out[key] = row.value.trim() ? n : null;
    } else if (row.kind === 'boolean') out[key] = row.value === 'true';
    else if (row.kind === 'list')
      out[key] = row.value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else out[key] = text(row.value);
  }
  return out;
}

/** Typed values (problems under `cf.<id>`, where the form shows them), then values of deleted definitions as they were. */
function typedFieldsPayload(d: CompanyDraft, issues: Issue[]): CustomFields {
  const { values, problems } = typedPayload(d.typed, d.savedCustomFields);
  for (const [key, message] of Object.entries(problems)) issues.push({ path: [key], message });
  const kept = Object.entries(d.savedCustomFields).filter(([key]) => isFieldId(key) && !d.typed.some((t) => t.field.id === key));
  return { ...values, ...Object.fromEntries(kept) };
}

/** Every field as the API takes it, and the problems the form can see before asking the server. */
export function draftPayload(d: CompanyDraft): { payload: CompanyPayload; issues: Issue[] } {
  const issues: Issue[] = [];
  if (!d.name.trim()) issues.push(issue(['name'], 'dashboard.form.required'));
  const employees = d.employees.trim() ? wholeNumber(d.employees) : null;
  if (Number.isNaN(employees)) issues.push(issue(['employees'], 'companies.issue.wholeNumber'));
  const creditDays = d.invoice.creditDays.trim() ? wholeNumber(d.invoice.creditDays) : null;
  if (Number.isNaN(creditDays)) issues.push(issue(['invoice', 'creditDays'], 'companies.issue.wholeDays'));
  const payload: CompanyPayload = {
    name: d.name.trim(),
    website: text(d.website),
    orgNumber: text(d.orgNumber),
    vatNumber: text(d.vatNumber),
    country: text(d.country),
    orgForm: text(d.orgForm),
    naceCode: text(d.naceCode),
    employees,
    email: text(d.email),
    phone: text(d.phone),
    logoUrl: text(d.logoUrl),
    address: addressPayload(d.address),
    postalAddress: addressPayload(d.postalAddress),
    invoiceAddress: addressPayload(d.invoiceAddress),
    socialProfiles: d.socialProfiles
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
    relationshipTypeId: text(d.relationshipTypeId),
    statusTypeId: text(d.statusTypeId),
    industryId: text(d.industryId),
    departmentId: text(d.departmentId),
    categoryIds: d.categoryIds,
    tagIds: d.tagIds,
    ownerIds: d.ownerIds,
    invoice: d.invoice.type ? { type: d.invoice.type, email: text(d.invoice.email), creditDays } : null,
    parentId: text(d.parentId),
    registerStatus: text(d.registerStatus) as RegisterStatus | null,
    customFields: { ...customFieldsPayload(d.customFields, issues), ...typedFieldsPayload(d, issues) },
  };
  return { payload, issues };
}
