import { LOGO_MAX_BYTES, isLogoContentType } from '../../shared/images/logo-types';

export { LOGO_CONTENT_TYPES as LOGO_TYPES, LOGO_MAX_BYTES } from '../../shared/images/logo-types';

/** Where uploaded logos are served (server/blobs/company-logo-blobs.ts); only with the bearer token. */
const STORED_PREFIX = '/api/blobs/';

/**
 * How a `logoUrl` can be shown: an uploaded logo is fetched with the session's token (an `<img>`
 * cannot send it) and shown through an object URL; a captured http(s) URL is shown as it is;
 * anything else (`javascript:`, `data:`, a typo) is not shown at all.
 */
export type LogoSource = { kind: 'stored'; path: string } | { kind: 'external'; url: string };

export function logoSource(logoUrl: string | null): LogoSource | null {
  if (!logoUrl) return null;
  if (logoUrl.startsWith(STORED_PREFIX)) return { kind: 'stored', path: logoUrl };
  try {
    const url = new URL(logoUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? { kind: 'external', url: url.href } : null;
  } catch {
    return null;
  }
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 });

/** Why a chosen file cannot be a logo, in words for the user; null when it can be uploaded. */
export function logoFileProblem(file: { name: string; type: string; size: number }): string | null {
  if (file.type === 'image/svg+xml')
    return `"${file.name}" is an SVG, which is not accepted: choose a PNG, JPEG, WebP or GIF image.`;
  if (!isLogoContentType(file.type)) return `"${file.name}" is not a PNG, JPEG, WebP or GIF image.`;
  if (file.size === 0) return `"${file.name}" is empty.`;
  if (file.size > LOGO_MAX_BYTES) return `"${file.name}" is ${megabytes(file.size)} MB; a logo may be at most 2 MB.`;
  return null;
}
