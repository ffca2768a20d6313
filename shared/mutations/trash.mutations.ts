import { z } from 'zod';
import { IdSchema } from '../entities/base';
import type { EntityName } from '../entities/registry';
import { canSee } from '../visibility/can-see';
import { defineMutation } from './mutation';
import { entityText, recordNotFound } from './error-text';
import { MutationError } from './mutation-error';

/**
 * Brings a deleted record back from the trash (admins only). Its links and history were never
 * removed, so they come back with it. What the caller may not see (someone else's private note)
 * is not found for them, in the trash as everywhere.
 */
export function restoreMutation(entity: EntityName) {
  return defineMutation({
    args: z.object({ id: IdSchema }),
    async run(store, { id }, ctx) {
      if (ctx.role !== 'admin') throw new MutationError('forbidden', { key: 'errors.admin.restore' });
      const row = await store.get(entity, id);
      if (!row || !canSee(entity, row, ctx)) throw new MutationError('notFound', recordNotFound(entity, id));
      if (row.deletedAt === null)
        throw new MutationError('conflict', { key: 'errors.record.notInTrash', values: { entity: entityText(entity), id } });
      await store.restore(entity, id);
    },
    affects: (args) => [{ entity, id: args.id }],
  });
}

export const companyRestore = restoreMutation('company');
export const contactRestore = restoreMutation('contact');
export const activityRestore = restoreMutation('activity');
export const taskRestore = restoreMutation('task');
export const appointmentRestore = restoreMutation('appointment');
export const noteRestore = restoreMutation('note');
