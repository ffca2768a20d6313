import { and, eq, inArray, isNull } from 'drizzle-orm';
import { registersApi, type RegisterPick } from '../../shared/api/registers.api';
import { REGISTER_COUNTRIES, type RegisterCountry, type RegisterSearchResponse } from '../../shared/registers/register-company';
import { requireAuth } from '../auth/require-auth';
import type { DbOrTx } from '../db/client';
import { companies, workspaces } from '../db/schema';
import type { Deps } from '../deps';
import { AppError } from '../http/app-error';
import { apiRouter, route } from '../http/api-router';
import { requestLanguage } from '../http/request-language';
import { i18nFor } from '../i18n/server-i18n';
import { failuresFor } from '../domain/setup-wording';
import { LookupFailed, wordedFailures } from './registers';

/**
 * `/api/registers`: typeahead over the company registers and the full unit for a pick, each
 * marked with the CRM company that already has its org number.
 */
export function registersRoutes(deps: Deps) {
  const signedIn = requireAuth(deps);
  return apiRouter()
    .openapi(route(registersApi.search, signedIn), async (c) => {
      const auth = c.get('auth');
      const { q, limit } = c.req.valid('query');
      const countries = c.req.valid('query').countries ?? (await workspaceCountries(deps.db, auth.workspaceId));
      const answer = await deps.registers.search(q, countries, limit);
      const known = await crmCompanies(
        deps.db,
        auth.workspaceId,
        answer.items.map((h) => h.orgNumber),
      );
      const body: RegisterSearchResponse = {
        ...answer,
        failures: wordedFailures(i18nFor(requestLanguage(c)), failuresFor(auth, answer.failures)),
        items: answer.items.map((h) => ({ ...h, companyId: known.get(`${h.country}:${h.orgNumber}`) ?? null })),
      };
      return c.json(body, 200);
    })
    .openapi(route(registersApi.lookup, signedIn), async (c) => {
      const auth = c.get('auth');
      const { country, orgNumber } = c.req.valid('param');
      let answer;
      try {
        answer = await deps.registers.lookup(country, orgNumber);
      } catch (err) {
        if (err instanceof LookupFailed)
          throw new AppError(502, 'registerUnavailable', new LookupFailed(failuresFor(auth, err.failures)).wording);
        throw err;
      }
      if (!answer) throw new AppError(404, 'notFound', { key: 'errors.registers.noUnit', values: { orgNumber, country } });
      const numbers = [answer.company.orgNumber, ...answer.departments.map((d) => d.orgNumber)];
      const known = await crmCompanies(deps.db, auth.workspaceId, numbers);
      const body: RegisterPick = {
        ...answer,
        failures: wordedFailures(i18nFor(requestLanguage(c)), failuresFor(auth, answer.failures)),
        companyId: known.get(`${country}:${answer.company.orgNumber}`) ?? null,
        // Departments already in the CRM are shown as such, not offered again.
        departmentCompanyIds: Object.fromEntries(
          answer.departments.flatMap((d) => {
            const id = known.get(`${country}:${d.orgNumber}`);
            return id ? [[d.orgNumber, id]] : [];
          }),
        ),
      };
      return c.json(body, 200);
    });
}

export async function workspaceCountries(db: DbOrTx, workspaceId: string): Promise<RegisterCountry[]> {
  const [row] = await db
    .select({ countries: workspaces.registerCountries })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  return row?.countries ?? [...REGISTER_COUNTRIES];
}

/** `country:orgNumber` → id of the workspace's live companies with those numbers. */
async function crmCompanies(db: DbOrTx, workspaceId: string, orgNumbers: string[]) {
  if (orgNumbers.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: companies.id, orgNumber: companies.orgNumber, country: companies.country })
    .from(companies)
    .where(
      and(
        eq(companies.workspaceId, workspaceId),
        inArray(companies.orgNumber, [...new Set(orgNumbers)]),
        isNull(companies.deletedAt),
      ),
    );
  const known = new Map<string, string>();
  for (const row of rows) {
    // A company saved without a country still matches: the number is what identifies it.
    for (const country of row.country ? [row.country] : REGISTER_COUNTRIES) known.set(`${country}:${row.orgNumber}`, row.id);
  }
  return known;
}
