import { registerSettingsApi } from '../../shared/api/registers-settings.api';
import { requireAuth } from '../auth/require-auth';
import type { Deps } from '../deps';
import { registerSettings, setRegisterCountries } from '../domain/register-settings';
import { apiRouter, route } from '../http/api-router';

/**
 * Which registers the workspace's company search asks by default (admins choose:
 * server/domain/register-settings.ts), and what this server can reach.
 */
export function registerSettingsRoutes(deps: Deps) {
  const auth = requireAuth(deps);
  return apiRouter()
    .openapi(route(registerSettingsApi.get, auth), async (c) => c.json(await registerSettings(deps, c.get('auth')), 200))
    .openapi(route(registerSettingsApi.update, auth), async (c) =>
      c.json({ countries: await setRegisterCountries(deps, c.get('auth'), c.req.valid('json').countries) }, 200),
    );
}
