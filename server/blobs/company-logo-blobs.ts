import { logFailure } from '../http/error-summary';
import { randomBytes } from 'node:crypto';
import { isBlobKey, type BlobStore } from './blob-store';

/** A stored logo's `logoUrl` is this path plus its key, relative so it survives a new server address. */
export const BLOB_URL_PREFIX = '/api/blobs/';

/**
 * `<workspaceId>.<companyId>.<random>`: the workspace decides who may read it (`GET /api/blobs/:key`),
 * the company which record may delete it; the random part makes every upload a new, immutable URL.
 */
export function newLogoKey(workspaceId: string, companyId: string): string {
  return `${workspaceId}.${companyId}.${randomBytes(16).toString('hex')}`;
}

export const blobUrl = (key: string) => `${BLOB_URL_PREFIX}${key}`;

export function workspaceOfKey(key: string): string {
  return key.split('.')[0]!;
}

/**
 * The key of a logo uploaded for this company, or null: an external URL, or a path naming a blob of
 * another company or workspace (anyone can type any `logoUrl`; it must never let them delete a blob).
 */
export function ownedLogoKey(logoUrl: string | null, workspaceId: string, companyId: string): string | null {
  if (!logoUrl?.startsWith(BLOB_URL_PREFIX)) return null;
  const key = logoUrl.slice(BLOB_URL_PREFIX.length);
  if (!isBlobKey(key)) return null;
  const [workspace, company] = key.split('.');
  return workspace === workspaceId && company === companyId ? key : null;
}

/** Removes a blob nothing points at any more; a failure leaves an orphan file (logged), never a failed request. */
export async function discardBlob(blobs: BlobStore, key: string): Promise<void> {
  try {
    await blobs.delete(key);
  } catch (err) {
    logFailure(`could not delete blob ${key}`, err);
  }
}
