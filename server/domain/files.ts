import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { newId } from '../../shared/ids';
import { attachmentBlobPrefix } from '../../shared/mutations/attachment.mutations';
import type { DbOrTx } from '../db/client';
import { attachments } from '../db/schema';
import type { AuthContext, Deps } from '../deps';
import { AppError } from '../http/app-error';
import { runMutation } from './run-mutation';

/** A file whose bytes the route has checked against its declared type and the size limit. */
export type CheckedFile = {
  name: string;
  contentType: string;
  bytes: Uint8Array;
  links: { companyId?: string; contactId?: string; activityId?: string };
};

/**
 * Stores the bytes, then the row through `attachment.create` (links checked, versioned, audited).
 * The key is unguessable and names the workspace and the attachment, which the mutation checks.
 */
export async function storeFile(deps: Deps, auth: AuthContext, file: CheckedFile) {
  const id = newId();
  const blobKey = `${attachmentBlobPrefix(auth.workspaceId, id)}${randomBytes(8).toString('hex')}`;
  await deps.blobs.put(blobKey, file.bytes, file.contentType);
  const { companyId, contactId, activityId } = file.links;
  try {
    await runMutation(deps, auth, 'attachment.create', {
      id,
      fileName: file.name,
      contentType: file.contentType,
      size: file.bytes.byteLength,
      blobKey,
      companyIds: companyId ? [companyId] : [],
      contactIds: contactId ? [contactId] : [],
      activityIds: activityId ? [activityId] : [],
    });
  } catch (err) {
    // Nothing is kept of a refused upload.
    await deps.blobs.delete(blobKey);
    throw err;
  }
  return liveFile(deps.db, auth, id);
}

/** A live file of the caller's workspace (every member may see every file), or 404. */
export async function liveFile(db: DbOrTx, auth: AuthContext, id: string) {
  const [row] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, id), eq(attachments.workspaceId, auth.workspaceId), isNull(attachments.deletedAt)));
  if (!row) throw new AppError(404, 'notFound', { key: 'errors.notFound.file' });
  return row;
}

/** Moves a file to the trash; its bytes stay in the blob store. */
export async function deleteFile(deps: Deps, auth: AuthContext, id: string) {
  await liveFile(deps.db, auth, id);
  await runMutation(deps, auth, 'attachment.delete', { id });
}
