import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { defineMutation } from './mutation';
import { entityText, recordNotFound } from './error-text';
import { MutationError } from './mutation-error';

/**
 * Brings a deleted company or contact back from the trash (admins only). Its links and history
 * were never removed, so they come back with it.
 */
function restoreMutation(entity: 'company' | 'contact') {
  return defineMutation({
    args: z.object({ id: IdSchema }),
    async run(store, { id }, ctx) {
      if (ctx.role !== 'admin') throw new MutationError('forbidden', { key: 'errors.admin.restore' });
      const row = await store.get(entity, id);
      if (!row) throw new MutationError('notFound', recordNotFound(entity, id));
      if (row.deletedAt === null)
        throw new MutationError('conflict', { key: 'errors.record.notInTrash', values: { entity: entityText(entity), id } });
      await store.restore(entity, id);
    },
    affects: (args) => [{ entity, id: args.id }],
  });
}

export const companyRestore = restoreMutation('company');
export const contactRestore = restoreMutation('contact');
