import type { Stamp } from '../entities/stamp-new-record';

/**
 * Field-level last-writer-wins: how an update lands on a stored row, the same in the extension's
 * cache and on the server, so the optimistic row and the row the server keeps agree.
 *
 * - A patch carries only the fields the mutator means to change; bookkeeping (`id`, `workspaceId`,
 *   `createdAt`, `createdBy`, `version`, `deletedAt`) is the store's, never a patch's, and the
 *   mutation schemas (`XxxFieldsSchema.partial()`) do not accept it.
 * - A field the patch leaves out is untouched, so two users changing different fields of one record
 *   both win. A field present with `undefined` is untouched too: JSON drops it on the way to the
 *   server, and the cache must not store what the server never sees.
 * - `null` clears a field.
 * - Every other value replaces the stored one whole, arrays and JSON fields (`address`,
 *   `customFields`, `invoice`, `emails`) included: no deep merge. A mutator that must merge (adding
 *   tags in bulk, setting one custom field) reads the current value and sends the merged whole.
 * - The row is stamped with who changed it and when; `version` is the server's to set on flush.
 */
export function mergePatch<R extends object>(before: R, patch: Partial<R>, stamp: Pick<Stamp, 'userId' | 'now'>): R {
  const row = { ...before } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) row[key] = value;
  row.updatedAt = stamp.now;
  row.updatedBy = stamp.userId;
  return row as R;
}
