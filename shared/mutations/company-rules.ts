import type { Company, CompanyFields } from '../entities/company';
import type { ListKind } from '../entities/list-item';
import { validateOrgNumber } from '../org-number/org-number';
import type { OrgCountry } from '../org-number/org-number-validation';
import { compactOrgNumber } from '../org-number/compact-org-number';
import { checkCustomFieldValues } from './custom-field-values';
import { MutationError } from './mutation-error';
import type { MutationStore } from './mutation-store';

const VALIDATED: readonly string[] = ['NO', 'SE', 'DK', 'GB', 'NL'] satisfies OrgCountry[];

const REASONS: Record<string, string> = {
  checksum: 'the check digit does not match',
  length: 'it has the wrong number of digits',
  format: "it is not in the register's format",
  characters: 'it contains characters an org number cannot have',
  date: 'it does not hold a valid date',
  empty: 'it is empty',
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
    const why = REASONS[result.reason ?? ''] ?? 'is not valid';
    throw new MutationError('invalid', `is not a valid ${country} org number: ${why}`, 'orgNumber');
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
    if (!(await store.isMember(id)))
      throw new MutationError('invalid', `user ${id} is not a member of this workspace`, 'ownerIds');
  }
  if (fields.customFields) await checkCustomFieldValues(store, 'company', fields.customFields, current?.customFields);
}

/** "… is not a tag of this workspace", "… is not an industry of this workspace". */
export function notAListValue(id: string, kind: ListKind): string {
  return `${id} is not ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} of this workspace`;
}

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
    throw new MutationError(
      'invalid',
      `category "${item.name}" does not apply to ${target === 'company' ? 'companies' : 'contacts'}`,
      field,
    );
  }
}

/** A parent must be another live company, and the units must stay a tree (no cycles). */
export async function checkParent(store: MutationStore, id: string, parentId: string | null | undefined) {
  let current = parentId;
  for (let depth = 0; current; depth++) {
    if (current === id) throw new MutationError('invalid', 'would make the company its own parent', 'parentId');
    const parent = await store.get('company', current);
    if (!parent || parent.deletedAt !== null) throw new MutationError('invalid', `company ${current} not found`, 'parentId');
    if (depth > 100) throw new MutationError('invalid', 'the company tree is too deep', 'parentId');
    current = parent.parentId;
  }
}
