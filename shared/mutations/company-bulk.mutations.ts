import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { CustomFieldValueSchema } from '../entities/custom-fields';
import { checkCompanyRefs } from './company-rules';
import { checkCustomFieldValues } from './custom-field-values';
import { defineMutation } from './mutation';
import { requireLive } from './require-live';

const ListChanges = z.object({
  id: IdSchema,
  tagIds: z.array(IdSchema).max(200).optional(),
  categoryIds: z.array(IdSchema).max(100).optional(),
  ownerIds: z.array(IdSchema).max(50).optional(),
});
type ListField = 'tagIds' | 'categoryIds' | 'ownerIds';
const LIST_FIELDS: ListField[] = ['tagIds', 'categoryIds', 'ownerIds'];

/**
 * Adds tags, categories or owners to what the company has, merged inside the mutation, so a bulk
 * tag never overwrites a tag someone else added in the meantime.
 */
export const companyAddToLists = defineMutation({
  args: ListChanges,
  async run(store, args) {
    const current = await requireLive(store, 'company', args.id);
    await checkCompanyRefs(store, args, current);
    const patch: Partial<Record<ListField, string[]>> = {};
    for (const field of LIST_FIELDS) {
      const add = args[field];
      if (add?.length) patch[field] = [...new Set([...current[field], ...add])];
    }
    if (Object.keys(patch).length > 0) await store.update('company', args.id, patch);
  },
  affects: (args) => [{ entity: 'company', id: args.id }],
});

export const companyRemoveFromLists = defineMutation({
  args: ListChanges,
  async run(store, args) {
    const current = await requireLive(store, 'company', args.id);
    const patch: Partial<Record<ListField, string[]>> = {};
    for (const field of LIST_FIELDS) {
      const remove = new Set(args[field] ?? []);
      if (remove.size > 0 && current[field].some((id) => remove.has(id)))
        patch[field] = current[field].filter((id) => !remove.has(id));
    }
    if (Object.keys(patch).length > 0) await store.update('company', args.id, patch);
  },
  affects: (args) => [{ entity: 'company', id: args.id }],
});

/** Sets one custom field and leaves the others as they are. */
export const companySetCustomField = defineMutation({
  args: z.object({
    id: IdSchema,
    key: z.string().regex(/^[\w.-]{1,64}$/, 'errors.field.customFieldKey'),
    value: CustomFieldValueSchema,
  }),
  async run(store, { id, key, value }) {
    const current = await requireLive(store, 'company', id);
    await checkCustomFieldValues(store, 'company', { [key]: value }, current.customFields);
    await store.update('company', id, { customFields: { ...current.customFields, [key]: value } });
  },
  affects: (args) => [{ entity: 'company', id: args.id }],
});
