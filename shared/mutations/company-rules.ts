import type { Company, CompanyFields } from '../entities/company';
import type { ListKind } from '../entities/list-item';
import { validateOrgNumber } from '../org-number/org-number';
import type { OrgCountry } from '../org-number/org-number-validation';
import { compactOrgNumber } from '../org-number/compact-org-number';
import { checkCustomFieldValues } from './custom-field-values';
import { recordNotFound, type ErrorKey, type ErrorText } from './error-text';
import { MutationError } from './mutation-error';
import type { MutationStore } from './mutation-store';

const VALIDATED: readonly string[] = ['NO', 'SE', 'DK', 'GB', 'NL'] satisfies OrgCountry[];

const REASONS: Record<string, ErrorKey> = {
  checksum: 'errors.orgNumber.checksum',
  length: 'errors.orgNumber.length',
  format: 'errors.orgNumber.format',
  characters: 'errors.orgNumber.characters',
  date: 'errors.orgNumber.date',
  empty: 'errors.orgNumber.empty',
};

/**
 * The stored form of an org number: checked against its country's register rules where we know
 * them (MOD11, Luhn, formats), compacted otherwise.
 */
export function checkedOrgNumber(country: string | null | undefined, orgNumber: string | null | undefined): string | null {
  if (!orgNumber) return null;
  if (!country || !VALIDATED.includes(country)) return compactOrgNumber(orgNumber) || null;
  const result = validateOrgNumber(country as OrgCountry, orgNumber);
  if (!result.valid) {
    const why: ErrorText = { key: REASONS[result.reason ?? ''] ?? 'errors.orgNumber.notValid' };
    throw new MutationError('invalid', { key: 'errors.orgNumber.invalid', values: { country, why } }, 'orgNumber');
  }
  return result.normalized;
}

const SINGLE_REFS = [
  ['relationshipTypeId', 'relationshipType'],
  ['statusTypeId', 'statusType'],
  ['industryId', 'industry'],
  ['departmentId', 'department'],
] as const satisfies [keyof CompanyFields, ListKind][];

/**
 * Every list value a company points at exists in this workspace, is live and of the right kind.
 * Values the company already has are not checked again, so deleting a tag from the settings does
 * not make its companies uneditable.
 */
export async function checkCompanyRefs(store: MutationStore, fields: Partial<CompanyFields>, current?: Company) {
  const had = (field: keyof CompanyFields, id: string) => {
    const value = current?.[field as keyof Company];
    return Array.isArray(value) ? value.includes(id) : value === id;
  };
  for (const [field, kind] of SINGLE_REFS) {
    const id = fields[field];
    if (id && !had(field, id)) await requireListItem(store, id, kind, field, 'company');
  }
  for (const id of fields.categoryIds ?? [])
    if (!had('categoryIds', id)) await requireListItem(store, id, 'category', 'categoryIds', 'company');
  for (const id of fields.tagIds ?? []) if (!had('tagIds', id)) await requireListItem(store, id, 'tag', 'tagIds', 'company');
  for (const id of (fields.ownerIds ?? []).filter((o) => !had('ownerIds', o))) {
    if (!(await store.isMember(id))) throw new MutationError('invalid', notAMember(id), 'ownerIds');
  }
  if (fields.customFields) await checkCustomFieldValues(store, 'company', fields.customFields, current?.customFields);
}

/** "… is not a tag of this workspace", "… is not an industry of this workspace". */
export const notAListValue = (id: string, kind: ListKind): ErrorText => ({
  key: 'errors.list.notAValue',
  values: { id, kind },
});

export const notAMember = (id: string): ErrorText => ({ key: 'errors.members.notMember', values: { id } });

/** `category "Partner" does not apply to contacts`. */
export const categoryNotFor = (name: string, target: 'company' | 'contact'): ErrorText => ({
  key: 'errors.list.categoryNotFor',
  values: { name, target },
});

export async function requireListItem(
  store: MutationStore,
  id: string,
  kind: ListKind,
  field: string,
  target: 'company' | 'contact',
) {
  const item = await store.get('listItem', id);
  if (!item || item.deletedAt !== null || item.kind !== kind) {
    throw new MutationError('invalid', notAListValue(id, kind), field);
  }
  if (kind === 'category' && item.appliesTo !== 'both' && item.appliesTo !== target) {
    throw new MutationError('invalid', categoryNotFor(item.name, target), field);
  }
}

/** A parent must be another live company, and the units must stay a tree (no cycles). */
export async function checkParent(store: MutationStore, id: string, parentId: string | null | undefined) {
  let current = parentId;
  for (let depth = 0; current; depth++) {
    if (current === id) throw new MutationError('invalid', { key: 'errors.company.ownParent' }, 'parentId');
    const parent = await store.get('company', current);
    if (!parent || parent.deletedAt !== null) throw new MutationError('invalid', recordNotFound('company', current), 'parentId');
    if (depth > 100) throw new MutationError('invalid', { key: 'errors.company.treeTooDeep' }, 'parentId');
    current = parent.parentId;
  }
}
