import type { EntityName } from '../../shared/entities/registry';
import type { Change } from '../../shared/sync/protocol';
import type { AuthContext } from '../deps';

/**
 * Whether the caller may see a row; what they may not see (deleted now, private or restricted
 * records later) syncs as `remove`. The one place later permission rules hook in.
 */
export function isVisible(_entity: EntityName, row: { deletedAt: number | null }, _auth: AuthContext): boolean {
  return row.deletedAt === null;
}

export function toChange(
  entity: EntityName,
  row: Record<string, unknown> & { id: string; deletedAt: number | null },
  auth: AuthContext,
): Change {
  return isVisible(entity, row, auth) ? { type: 'put', entity, row: row as never } : { type: 'remove', entity, id: row.id };
}
