import type { Context } from 'hono';
import { acceptedLanguages, pickLanguage, type Language } from '../../shared/i18n/languages';
import type { AppEnv } from '../deps';

/** The browser's (or mail client's) languages, as it sent them. */
export const acceptLanguage = (c: Context): Language => pickLanguage(acceptedLanguages(c.req.header('accept-language')));

/**
 * The language a request's answer speaks: the signed-in user's (require-auth resolves their
 * profile's pick, else their browser's), or the browser's for a request nobody signed.
 */
export function requestLanguage(c: Context): Language {
  // Any handler's context: `auth` is there only behind requireAuth.
  return (c as Context<AppEnv>).get('auth')?.language ?? acceptLanguage(c);
}
