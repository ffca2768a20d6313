import type { EntityName } from '../../shared/entities/registry';
import type { RecordRef } from '../../shared/mutations/mutation';
import { recordNotFound } from '../../shared/mutations/error-text';
import { MutationError } from '../../shared/mutations/mutation-error';
import type { MutationStore } from '../../shared/mutations/mutation-store';
import type { Change } from '../../shared/sync/protocol';
import { canSee } from '../../shared/visibility/can-see';
import type { AuthContext } from '../deps';

/** The caller, as far as what they may see goes: who they are and their role decide row by row. */
export type Viewer = AuthContext;

export function viewerOf(auth: AuthContext): Viewer {
  return auth;
}

/**
 * Whether the caller may see a row: a live row that `canSee` (shared with the mutators, so a write
 * to what one may not read is refused the same way) lets them see. The rest syncs as `remove`.
 */
export function isVisible(
  entity: EntityName,
  row: Record<string, unknown> & { deletedAt: number | null },
  viewer: Viewer,
): boolean {
  return row.deletedAt === null && canSee(entity, row, viewer);
}

export function toChange(
  entity: EntityName,
  row: Record<string, unknown> & { id: string; deletedAt: number | null },
  viewer: Viewer,
): Change {
  return isVisible(entity, row, viewer) ? { type: 'put', entity, row: row as never } : { type: 'remove', entity, id: row.id };
}

/**
 * A write may name only rows its caller may see: one hidden from them is not found, whatever the
 * mutation and whether it came by REST or push (both run through applyMutations), so no mutator
 * can forget the rule. The mutators check it too, since the extension runs them without this.
 */
export async function requireVisible(store: MutationStore, refs: RecordRef[], viewer: Viewer) {
  for (const { entity, id } of refs) {
    const row = await store.get(entity, id);
    if (row && !canSee(entity, row, viewer)) throw new MutationError('notFound', recordNotFound(entity, id));
  }
}
