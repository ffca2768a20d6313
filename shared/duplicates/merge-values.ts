import { z } from 'zod';
import { IdSchema } from '../entities/base';

/** Per field, whose value the merged record keeps; list fields may keep both. */
export const MergePickSchema = z.enum(['survivor', 'other', 'both']);
export type MergePick = z.infer<typeof MergePickSchema>;

export const MergeRequestSchema = z.object({
  otherId: IdSchema,
  picks: z.record(z.string().max(64), MergePickSchema).default({}),
});
export type MergeRequest = z.infer<typeof MergeRequestSchema>;

/** The fields a merge may take from either record, by entity; the rest (ids, numbers, stamps) stay the survivor's. */
export const MERGE_FIELDS = {
  company: {
    single: [
      'name',
      'website',
      'domain',
      'orgNumber',
      'vatNumber',
      'country',
      'orgForm',
      'naceCode',
      'employees',
      'registerStatus',
      'email',
      'phone',
      'logoUrl',
      'address',
      'postalAddress',
      'invoiceAddress',
      'relationshipTypeId',
      'statusTypeId',
      'industryId',
      'departmentId',
      'invoice',
      'parentId',
    ],
    lists: ['socialProfiles', 'categoryIds', 'tagIds', 'ownerIds'],
  },
  contact: {
    single: ['firstName', 'lastName', 'title', 'photoUrl', 'url', 'address', 'notes'],
    lists: ['emails', 'phones', 'categoryIds', 'tagIds'],
  },
} as const;
export type MergeEntity = keyof typeof MERGE_FIELDS;

const empty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Both lists, the survivor's first, without repeating an entry (e-mails and phones by address/number). */
function union(a: unknown[], b: unknown[]): unknown[] {
  const key = (v: unknown) =>
    typeof v === 'object' && v !== null
      ? String((v as { address?: string; number?: string }).address ?? (v as { number?: string }).number)
      : String(v);
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((v) => !seen.has(key(v)))];
}

/**
 * The survivor's new values: for each mergeable field, the picked record's value. Without a pick a
 * field keeps the survivor's value unless it is empty, and lists keep both. Custom fields are
 * combined, the survivor's value winning where both have the key. Only changed fields are returned.
 */
export function mergedValues(
  entity: MergeEntity,
  survivor: Record<string, unknown>,
  other: Record<string, unknown>,
  picks: Record<string, MergePick>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of MERGE_FIELDS[entity].single) {
    const pick = picks[field] ?? (empty(survivor[field]) ? 'other' : 'survivor');
    const value = pick === 'other' ? other[field] : survivor[field];
    if (!same(value, survivor[field])) out[field] = value;
  }
  for (const field of MERGE_FIELDS[entity].lists) {
    const a = (survivor[field] as unknown[] | undefined) ?? [];
    const b = (other[field] as unknown[] | undefined) ?? [];
    const pick = picks[field] ?? 'both';
    const value = pick === 'both' ? union(a, b) : pick === 'other' ? b : a;
    if (!same(value, a)) out[field] = value;
  }
  const customFields = { ...(other.customFields as object), ...(survivor.customFields as object) };
  if (!same(customFields, survivor.customFields)) out.customFields = customFields;
  return out;
}

/** Fields where the two records hold different, non-empty values: what the merge dialog asks about. */
export function conflictingFields(
  entity: MergeEntity,
  survivor: Record<string, unknown>,
  other: Record<string, unknown>,
): string[] {
  const { single, lists } = MERGE_FIELDS[entity];
  return [...single, ...lists].filter((f) => !empty(survivor[f]) && !empty(other[f]) && !same(survivor[f], other[f]));
}
