import { LOGO_MAX_BYTES, isLogoContentType } from '../../../../shared/images/logo-types';
import { STORED_LOGO_PREFIX, isStoredLogo } from '../../../../shared/mutations/company-logo-rule';

export { LOGO_CONTENT_TYPES as LOGO_TYPES, LOGO_MAX_BYTES } from '../../../../shared/images/logo-types';

/**
 * The blob key of a logo this server stores, or null. Only those are ever shown: they are fetched with
 * the session's token (an `<img>` cannot send it) and shown through an object URL. A web address is
 * never loaded by the browser (a tracking pixel for whoever typed it); the server imports it.
 */
export function storedLogoKey(logoUrl: string | null): string | null {
  return isStoredLogo(logoUrl) ? logoUrl.slice(STORED_LOGO_PREFIX.length) : null;
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
