import type { EntityName } from '../../shared/entities/registry';
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
