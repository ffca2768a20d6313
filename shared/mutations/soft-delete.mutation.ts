import { z } from 'zod';
import { IdSchema } from '../entities/base';
import type { EntityName } from '../entities/registry';
import { defineMutation } from './mutation';
import { recordNotFound } from './error-text';
import { MutationError } from './mutation-error';
import { requireAdmin } from './require-admin';

/**
 * Moves a record to the trash; deleting it again changes nothing. Settings records (list values,
 * field definitions) are the admins' to delete.
 */
export function softDeleteMutation(entity: EntityName, who: 'anyone' | 'admins') {
  return defineMutation({
    args: z.object({ id: IdSchema }),
    async run(store, { id }, ctx) {
      if (who === 'admins') requireAdmin(ctx);
      const row = await store.get(entity, id);
      if (!row) throw new MutationError('notFound', recordNotFound(entity, id));
      if (row.deletedAt === null) await store.softDelete(entity, id);
    },
    affects: (args) => [{ entity, id: args.id }],
  });
}
