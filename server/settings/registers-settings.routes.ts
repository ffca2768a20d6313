import { Hono } from 'hono';
import { z } from 'zod';
import { REGISTER_COUNTRIES, RegisterCountrySchema } from '../../shared/registers/register-company';
import { requireAuth } from '../auth/require-auth';
import type { AppEnv, Deps } from '../deps';
import { registerSettings, setRegisterCountries } from '../domain/register-settings';
import { validate } from '../http/validate';

export const RegisterSettingsBody = z.object({
  countries: z
    .array(RegisterCountrySchema)
    .max(REGISTER_COUNTRIES.length)
    .transform((list) => [...new Set(list)]),
});

/**
 * `/api/settings/registers`: which registers the workspace's company search asks by default
 * (admins choose: server/domain/register-settings.ts), and what this server can reach.
 */
export function registerSettingsRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .use(requireAuth(deps))
    .get('/', async (c) => c.json(await registerSettings(deps, c.get('auth'))))
    .put('/', validate('json', RegisterSettingsBody), async (c) =>
      c.json({ countries: await setRegisterCountries(deps, c.get('auth'), c.req.valid('json').countries) }),
    );
}
