import type { Company } from '../../shared/entities/company';
import type { AuthContext, Deps } from '../deps';
import { runMutation } from '../domain/run-mutation';
import { blobUrl, discardBlob, newLogoKey, ownedLogoKey } from './company-logo-blobs';
import type { LogoContentType } from './image-type';

/**
 * Stores the image (answering its `logoUrl`), then points the company at it with `company.update` (history, version, sync as
 * any edit). A rejected update removes the new blob again, so a failure stores nothing; the logo it
 * replaced is removed after the update succeeded.
 */
export async function setCompanyLogo(
  deps: Deps,
  auth: AuthContext,
  company: Company,
  bytes: Uint8Array,
  contentType: LogoContentType,
): Promise<string> {
  const key = newLogoKey(auth.workspaceId, company.id);
  await deps.blobs.put(key, bytes, contentType);
  try {
    await runMutation(deps, auth, 'company.update', { id: company.id, patch: { logoUrl: blobUrl(key) } });
  } catch (err) {
    await discardBlob(deps.blobs, key);
    throw err;
  }
  const replaced = ownedLogoKey(company.logoUrl, auth.workspaceId, company.id);
  if (replaced) await discardBlob(deps.blobs, replaced);
  return blobUrl(key);
}

/** Clears `logoUrl` (stored or external) and removes the stored image, if it was this company's own. */
export async function clearCompanyLogo(deps: Deps, auth: AuthContext, company: Company): Promise<void> {
  if (company.logoUrl === null) return;
  await runMutation(deps, auth, 'company.update', { id: company.id, patch: { logoUrl: null } });
  const removed = ownedLogoKey(company.logoUrl, auth.workspaceId, company.id);
  if (removed) await discardBlob(deps.blobs, removed);
}
