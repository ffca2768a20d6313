import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { ListItemFieldsSchema } from '../entities/list-item';
import { defineMutation } from './mutation';
import { requireAdmin } from './require-admin';
import { requireAbsent, requireLive } from './require-live';
import { softDeleteMutation } from './soft-delete.mutation';

export const listItemCreate = defineMutation({
  args: ListItemFieldsSchema.partial({ sortOrder: true, appliesTo: true }).extend({ id: IdSchema }),
  async run(store, args, ctx) {
    requireAdmin(ctx);
    await requireAbsent(store, 'listItem', args.id);
    await store.insert('listItem', args.id, {
      kind: args.kind,
      name: args.name,
      sortOrder: args.sortOrder ?? 0,
      appliesTo: args.appliesTo ?? 'both',
    });
  },
  affects: (args) => [{ entity: 'listItem', id: args.id }],
});

export const listItemUpdate = defineMutation({
  args: z.object({
    id: IdSchema,
    patch: ListItemFieldsSchema.omit({ kind: true })
      .partial()
      .refine((p) => Object.keys(p).length > 0, { message: 'errors.field.changeOne' }),
  }),
  async run(store, { id, patch }, ctx) {
    requireAdmin(ctx);
    await requireLive(store, 'listItem', id);
    await store.update('listItem', id, patch);
  },
  affects: (args) => [{ entity: 'listItem', id: args.id }],
});

/** Deleting a list value leaves records that use it pointing at a deleted item, shown as such. */
export const listItemDelete = softDeleteMutation('listItem', 'admins');
