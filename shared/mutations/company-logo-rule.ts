import { MutationError } from './mutation-error';

/** Where the server serves stored logos (server/blobs/company-logo-blobs.ts). */
export const STORED_LOGO_PREFIX = '/api/blobs/';

const STORED_LOGO = /^\/api\/blobs\/[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/;

/** A logo every client may show: a blob this server stores. Nothing else is ever put into an `<img>`. */
export function isStoredLogo(logoUrl: string | null | undefined): logoUrl is string {
  return typeof logoUrl === 'string' && STORED_LOGO.test(logoUrl);
}

function isWebAddress(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The `logoUrl` a company write may store, for every write path (REST, sync push, the extension's
 * own cache): a stored logo or nothing. A web address is a request to import it: it is not stored
 * (so no browser ever loads it, a tracking pixel) and `logoImportOf` hands it to the server, which
 * fetches it once after the write and sets the stored copy. `undefined`: leave the field as it is.
 */
export function storableLogoUrl(requested: string | null | undefined): string | null | undefined {
  if (requested === undefined || requested === null || isStoredLogo(requested)) return requested;
  if (isWebAddress(requested)) return undefined;
  throw new MutationError('invalid', { key: 'errors.company.logoUrl' }, 'logoUrl');
}

/** The web address a `company.create` or `company.update` asks the server to import as the logo, if any. */
export function logoImportOf(name: string, args: unknown): { companyId: string; url: string } | null {
  const a = args as { id?: string; logoUrl?: unknown; patch?: { logoUrl?: unknown } };
  const requested = name === 'company.create' ? a.logoUrl : name === 'company.update' ? a.patch?.logoUrl : undefined;
  if (typeof requested !== 'string' || !a.id || isStoredLogo(requested) || !isWebAddress(requested)) return null;
  return { companyId: a.id, url: requested };
}
