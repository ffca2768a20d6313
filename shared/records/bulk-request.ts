import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { BULK_CHUNK, BulkActionSchema } from './bulk-action';
import type { BulkKind } from './bulk-kinds';

/**
 * One chunk of a bulk action on a record type: the actions its declaration allows, no others (a
 * contact has no owners to add). The dashboard sends a larger selection in chunks of BULK_CHUNK.
 */
export function bulkRequestSchema(allowed: readonly BulkKind[]) {
  const options = BulkActionSchema.options.filter((option) => allowed.includes(option.shape.type.value));
  return z.object({
    ids: z.array(IdSchema).min(1).max(BULK_CHUNK),
    action: z.discriminatedUnion('type', options as unknown as [(typeof options)[number], ...(typeof options)[number][]]),
  });
}

export const BulkResultSchema = z.object({
  applied: z.number().int(),
  /** Records that could not change (gone, another workspace's), by id. */
  rejected: z.array(z.object({ id: z.string(), reason: z.string(), message: z.string() })),
});
export type BulkResult = z.infer<typeof BulkResultSchema>;
