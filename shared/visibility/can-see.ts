import type { EntityName } from '../entities/registry';

/** Who is asking: enough to decide, row by row, what they may see. */
export type Seer = { userId: string; role: 'admin' | 'member' };

/**
 * Whether someone may see a record, deleted or not (the one rule for sync, REST reads and the
 * mutators): a private note is its author's alone, and an e-mail blocked by an admin (on the row,
 * so the block outlives the contact it came from) is the admins' alone. What may not be seen syncs
 * as `remove`, reads as not found, and cannot be written to.
 */
export function canSee(entity: EntityName, row: Record<string, unknown>, who: Seer): boolean {
  if (entity === 'emailLog') return who.role === 'admin' || row.blocked !== true;
  if (entity === 'note') return row.isPrivate !== true || row.createdBy === who.userId;
  return true;
}
