import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { REGISTER_COUNTRIES, REGISTER_NAMES, RegisterCountrySchema } from '../../shared/registers/register-company';
import { requireAuth } from '../auth/require-auth';
import { workspaces } from '../db/schema';
import type { AppEnv, Deps } from '../deps';
import { AppError } from '../http/app-error';
import { validate } from '../http/validate';
import { followedCountries, registerUpdateSources } from '../registers/register-updates-job';
import { workspaceCountries } from '../registers/registers.routes';

export const RegisterSettingsBody = z.object({
  countries: z
    .array(RegisterCountrySchema)
    .max(REGISTER_COUNTRIES.length)
    .transform((list) => [...new Set(list)]),
});

/**
 * `/api/settings/registers`: which registers the workspace's company search asks by default
 * (admins choose; the search box can still tick others), and what this server can reach.
 */
export function registerSettingsRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .use(requireAuth(deps))
    .get('/', async (c) => {
      const feeds = await deps.registers.mirrorFeeds();
      const followed = followedCountries(registerUpdateSources(deps.env));
      return c.json({
        countries: await workspaceCountries(deps.db, c.get('auth').workspaceId),
        registers: REGISTER_COUNTRIES.map((country) => {
          const provider = deps.registers.providers.get(country);
          return {
            country,
            name: REGISTER_NAMES[country],
            mirrored: feeds.has(country),
            /** The local mirror: when imported, whether the server keeps it current, when it last did, its last failure. */
            mirror: feeds.has(country) ? { ...feeds.get(country)!, followed: followed.has(country) } : null,
            /** Why the live register cannot be asked (a key missing), or null. */
            unavailable: provider ? provider.unavailable : `${REGISTER_NAMES[country]} is not set up on this server.`,
            searchesByName: feeds.has(country) || (provider?.searchesByName ?? false),
          };
        }),
      });
    })
    .put('/', validate('json', RegisterSettingsBody), async (c) => {
      const auth = c.get('auth');
      if (auth.role !== 'admin') throw new AppError(403, 'forbidden', 'Only admins choose the workspace’s registers');
      const { countries } = c.req.valid('json');
      await deps.db.update(workspaces).set({ registerCountries: countries }).where(eq(workspaces.id, auth.workspaceId));
      return c.json({ countries });
    });
}
