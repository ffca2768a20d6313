import { eq } from 'drizzle-orm';
import { REGISTER_COUNTRIES, REGISTER_NAMES, type RegisterCountry } from '../../shared/registers/register-company';
import { workspaces } from '../db/schema';
import type { AuthContext, Deps } from '../deps';
import { AppError } from '../http/app-error';
import { registerNotSetUp } from '../registers/register-provider';
import { followedCountries, registerUpdateSources } from '../registers/register-updates-job';
import { workspaceCountries } from '../registers/registers.routes';
import { registerAskAdmin, setupWording } from './setup-wording';

/**
 * Which registers the workspace's company search asks by default (everyone may read it; the search
 * box can still tick others), and what this server can reach.
 */
export async function registerSettings(deps: Deps, auth: AuthContext) {
  const feeds = await deps.registers.mirrorFeeds();
  const followed = followedCountries(registerUpdateSources(deps.env));
  return {
    countries: await workspaceCountries(deps.db, auth.workspaceId),
    /** Whether the reader may see and fix server setup: the typeahead links admins to Settings. */
    canSetUp: auth.role === 'admin',
    registers: REGISTER_COUNTRIES.map((country) => {
      const provider = deps.registers.providers.get(country);
      const unavailable = provider ? provider.unavailable : registerNotSetUp(REGISTER_NAMES[country]);
      return {
        country,
        name: REGISTER_NAMES[country],
        mirrored: feeds.has(country),
        /** The local mirror: when imported, whether the server keeps it current, when it last did, its last failure. */
        mirror: feeds.has(country) ? { ...feeds.get(country)!, followed: followed.has(country) } : null,
        /** Why the live register cannot be asked (a key missing), or null: the detail for admins only. */
        unavailable: unavailable && setupWording(auth, unavailable, registerAskAdmin(REGISTER_NAMES[country])),
        searchesByName: feeds.has(country) || (provider?.searchesByName ?? false),
      };
    }),
  };
}

/** The admins choose the workspace's default registers. */
export async function setRegisterCountries(deps: Deps, auth: AuthContext, countries: RegisterCountry[]) {
  if (auth.role !== 'admin') throw new AppError(403, 'forbidden', { key: 'errors.admin.registers' });
  await deps.writeLock.run(() =>
    deps.db.update(workspaces).set({ registerCountries: countries }).where(eq(workspaces.id, auth.workspaceId)),
  );
  return countries;
}
