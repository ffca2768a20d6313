import { z } from 'zod';
import type { Contact } from '../entities/contact';
import { IdSchema } from '../entities/base';
import { CustomFieldValueSchema } from '../entities/custom-fields';
import { checkContactRefs } from './contact-rules';
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
 * Adds tags, categories or owners to what the contact has, merged inside the mutation, so a bulk
 * tag never overwrites a tag someone else added in the meantime. Only values the contact does not
 * have yet are checked: each must be a live value (or member) of this workspace, and a category
 * one that applies to contacts.
 */
export const contactAddToLists = defineMutation({
  args: ListChanges,
  async run(store, args) {
    const current = await requireLive(store, 'contact', args.id);
    const added = Object.fromEntries(
      LIST_FIELDS.map((field) => [field, (args[field] ?? []).filter((id) => !current[field].includes(id))]),
    ) as Record<ListField, string[]>;
    await checkContactRefs(store, added, current);
    const patch: Partial<Pick<Contact, ListField>> = {};
    for (const field of LIST_FIELDS) {
      if (added[field].length > 0) patch[field] = [...new Set([...current[field], ...added[field]])];
    }
    if (Object.keys(patch).length > 0) await store.update('contact', args.id, patch);
  },
  affects: (args) => [{ entity: 'contact', id: args.id }],
});

/** Removes values the contact has; a value deleted from the settings can still be removed. */
export const contactRemoveFromLists = defineMutation({
  args: ListChanges,
  async run(store, args) {
    const current = await requireLive(store, 'contact', args.id);
    const patch: Partial<Pick<Contact, ListField>> = {};
    for (const field of LIST_FIELDS) {
      const remove = new Set(args[field] ?? []);
      if (current[field].some((id) => remove.has(id))) patch[field] = current[field].filter((id) => !remove.has(id));
    }
    if (Object.keys(patch).length > 0) await store.update('contact', args.id, patch);
  },
  affects: (args) => [{ entity: 'contact', id: args.id }],
});

/** Sets one custom field (checked against its definition, when the key is one) and leaves the others as they are. */
export const contactSetCustomField = defineMutation({
  args: z.object({
    id: IdSchema,
    key: z.string().regex(/^[\w.-]{1,64}$/, 'errors.field.customFieldKey'),
    value: CustomFieldValueSchema,
  }),
  async run(store, { id, key, value }) {
    const current = await requireLive(store, 'contact', id);
    await checkCustomFieldValues(store, 'contact', { [key]: value }, current.customFields);
    await store.update('contact', id, { customFields: { ...current.customFields, [key]: value } });
  },
  affects: (args) => [{ entity: 'contact', id: args.id }],
});
