import { registerSettingsApi } from '../../shared/api/registers-settings.api';
import { requireAuth } from '../auth/require-auth';
import type { Deps } from '../deps';
import { registerSettings, setRegisterCountries } from '../domain/register-settings';
import { apiRouter, route } from '../http/api-router';
import { requestLanguage } from '../http/request-language';
import { i18nFor } from '../i18n/server-i18n';
import { readStoredFailure } from '../i18n/stored-wording';
import { inLanguage } from '../i18n/wording';

/**
 * Which registers the workspace's company search asks by default (admins choose:
 * server/domain/register-settings.ts), and what this server can reach.
 */
export function registerSettingsRoutes(deps: Deps) {
  const auth = requireAuth(deps);
  return apiRouter()
    .openapi(route(registerSettingsApi.get, auth), async (c) => {
      const settings = await registerSettings(deps, c.get('auth'));
      const i18n = i18nFor(requestLanguage(c));
      const registers = settings.registers.map((r) => ({
        ...r,
        unavailable: r.unavailable && inLanguage(i18n, r.unavailable),
        mirror: r.mirror && { ...r.mirror, lastError: readStoredFailure(i18n, r.mirror.lastError) },
      }));
      return c.json({ ...settings, registers }, 200);
    })
    .openapi(route(registerSettingsApi.update, auth), async (c) =>
      c.json({ countries: await setRegisterCountries(deps, c.get('auth'), c.req.valid('json').countries) }, 200),
    );
}
