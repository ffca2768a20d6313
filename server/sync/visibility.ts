import { and, eq } from 'drizzle-orm';
import type { EntityName } from '../../shared/entities/registry';
import type { Change } from '../../shared/sync/protocol';
import type { DbOrTx } from '../db/client';
import { contacts } from '../db/schema';
import type { AuthContext } from '../deps';

/** The caller, with what decides row by row what they may see. */
export type Viewer = AuthContext & {
  /** Contacts whose logged e-mails are blocked for this caller (none for admins). */
  blockedContactIds: ReadonlySet<string>;
};

export async function viewerOf(db: DbOrTx, auth: AuthContext): Promise<Viewer> {
  if (auth.role === 'admin') return { ...auth, blockedContactIds: new Set() };
  const rows = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.workspaceId, auth.workspaceId), eq(contacts.emailsBlocked, true)));
  return { ...auth, blockedContactIds: new Set(rows.map((r) => r.id)) };
}

/**
 * Whether the caller may see a row; what they may not see (deleted, an e-mail of a contact whose
 * e-mails an admin blocked, someone else's private note) syncs as `remove`. The one place
 * permission rules live.
 */
export function isVisible(
  entity: EntityName,
  row: Record<string, unknown> & { deletedAt: number | null },
  viewer: Viewer,
): boolean {
  if (row.deletedAt !== null) return false;
  if (entity === 'emailLog') return !(row.contactIds as string[]).some((id) => viewer.blockedContactIds.has(id));
  if (entity === 'note') return !row.isPrivate || row.createdBy === viewer.userId;
  return true;
}

export function toChange(
  entity: EntityName,
  row: Record<string, unknown> & { id: string; deletedAt: number | null },
  viewer: Viewer,
): Change {
  return isVisible(entity, row, viewer) ? { type: 'put', entity, row: row as never } : { type: 'remove', entity, id: row.id };
}
