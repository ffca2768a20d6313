import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { CustomFieldFieldsSchema } from '../entities/custom-field';
import { defineMutation } from './mutation';
import { MutationError } from './mutation-error';
import { requireAdmin } from './require-admin';
import { requireAbsent, requireLive } from './require-live';
import { softDeleteMutation } from './soft-delete.mutation';

const needsOptions = (type: string) => type === 'choice' || type === 'multiChoice';

export const customFieldCreate = defineMutation({
  args: CustomFieldFieldsSchema.partial({ options: true, section: true, sortOrder: true }).extend({ id: IdSchema }),
  async run(store, args, ctx) {
    requireAdmin(ctx);
    await requireAbsent(store, 'customField', args.id);
    await store.insert('customField', args.id, {
      entity: args.entity,
      label: args.label,
      type: args.type,
      options: needsOptions(args.type) ? [...new Set(args.options ?? [])] : [],
      section: args.section ?? 'custom',
      sortOrder: args.sortOrder ?? 0,
    });
  },
  affects: (args) => [{ entity: 'customField', id: args.id }],
});

/** Label, choices, section and order may change; the type may not, or stored values would stop fitting it. */
export const customFieldUpdate = defineMutation({
  args: z.object({
    id: IdSchema,
    patch: CustomFieldFieldsSchema.pick({ label: true, options: true, section: true, sortOrder: true })
      .partial()
      .refine((p) => Object.keys(p).length > 0, { message: 'errors.field.changeOne' }),
  }),
  async run(store, { id, patch }, ctx) {
    requireAdmin(ctx);
    const field = await requireLive(store, 'customField', id);
    if (patch.options && !needsOptions(field.type)) {
      throw new MutationError('invalid', { key: 'errors.customField.noChoices', values: { type: field.type } }, 'options');
    }
    await store.update('customField', id, patch.options ? { ...patch, options: [...new Set(patch.options)] } : patch);
  },
  affects: (args) => [{ entity: 'customField', id: args.id }],
});

/** Values stay on the records (shown as a deleted field) so restoring the definition brings them back. */
export const customFieldDelete = softDeleteMutation('customField', 'admins');
