import { LOGO_MAX_BYTES, isLogoContentType } from '../../../../shared/images/logo-types';
import { STORED_LOGO_PREFIX, isStoredLogo } from '../../../../shared/mutations/company-logo-rule';
import { currentI18n } from '../../../ui/i18n/use-i18n';

export { LOGO_CONTENT_TYPES as LOGO_TYPES, LOGO_MAX_BYTES } from '../../../../shared/images/logo-types';

/**
 * The blob key of a logo this server stores, or null. Only those are ever shown: they are fetched with
 * the session's token (an `<img>` cannot send it) and shown through an object URL. A web address is
 * never loaded by the browser (a tracking pixel for whoever typed it); the server imports it.
 */
export function storedLogoKey(logoUrl: string | null): string | null {
  return isStoredLogo(logoUrl) ? logoUrl.slice(STORED_LOGO_PREFIX.length) : null;
}

/** Megabytes to one decimal, as the language writes them ("2.5", "2,5"). */
const megabytes = (bytes: number) => currentI18n().f.number(Math.round((bytes / 1024 / 1024) * 10) / 10);

/** Why a chosen file cannot be a logo, in words for the user; null when it can be uploaded. */
export function logoFileProblem(file: { name: string; type: string; size: number }): string | null {
  const { t } = currentI18n();
  const name = file.name;
  if (file.type === 'image/svg+xml') return t('companies.logo.svg', { name });
  if (!isLogoContentType(file.type)) return t('companies.logo.notImageFile', { name });
  if (file.size === 0) return t('companies.logo.emptyFile', { name });
  if (file.size > LOGO_MAX_BYTES)
    return t('companies.logo.tooLarge', { name, size: megabytes(file.size), max: megabytes(LOGO_MAX_BYTES) });
  return null;
}
