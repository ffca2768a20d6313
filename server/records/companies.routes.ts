import { companiesApi } from '../../shared/api/companies.api';
import { newId } from '../../shared/ids';
import { requireAuth } from '../auth/require-auth';
import type { Deps } from '../deps';
import { runMutation } from '../domain/run-mutation';
import { apiRouter, route } from '../http/api-router';
import { contactsOfCompany, getCompany, liveCompanyOr404, unitsOf } from './companies.queries';
import { companyCounters } from './company-counters';
import { findCompanyDuplicates } from './company-duplicates';

/** A company's card, create, change and delete, and the duplicate probe before a create. */
export function companiesRoutes(deps: Deps) {
  const found = (workspaceId: string, id: string) => liveCompanyOr404(deps.db, workspaceId, id);
  const auth = requireAuth(deps);
  return apiRouter()
    .openapi(route(companiesApi.duplicates, auth), async (c) => {
      return c.json({ matches: await findCompanyDuplicates(deps.db, c.get('auth').workspaceId, c.req.valid('query')) }, 200);
    })
    .openapi(route(companiesApi.get, auth), async (c) => {
      const { workspaceId } = c.get('auth');
      const company = await found(workspaceId, c.req.valid('param').id);
      const [contacts, units, parent, counters] = await Promise.all([
        contactsOfCompany(deps.db, workspaceId, company.id),
        unitsOf(deps.db, workspaceId, company.id),
        company.parentId ? getCompany(deps.db, workspaceId, company.parentId) : undefined,
        companyCounters(deps.db, workspaceId, [company.id]),
      ]);
      return c.json(
        {
          company,
          contacts,
          units,
          parent: parent ? { id: parent.id, name: parent.name } : null,
          counters: counters.get(company.id)!,
        },
        200,
      );
    })
    .openapi(route(companiesApi.create, auth), async (c) => {
      const body = c.req.valid('json');
      // A retried create with the same client-made id answers with what the first one made.
      const existing = body.id ? await getCompany(deps.db, c.get('auth').workspaceId, body.id) : undefined;
      if (existing) return c.json({ company: existing }, 200);
      const id = body.id ?? newId();
      await runMutation(deps, c.get('auth'), 'company.create', { ...body, id });
      const company = await found(c.get('auth').workspaceId, id);
      // Created all the same: the caller decides whether to merge (POST /api/merges).
      const duplicates = await findCompanyDuplicates(deps.db, c.get('auth').workspaceId, {
        name: company.name,
        orgNumber: company.orgNumber ?? undefined,
        website: company.domain ?? undefined,
        email: company.email ?? undefined,
        excludeId: id,
      });
      return c.json({ company, duplicates }, 201);
    })
    .openapi(route(companiesApi.update, auth), async (c) => {
      const { id } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), 'company.update', { id, patch: c.req.valid('json') });
      return c.json({ company: await found(c.get('auth').workspaceId, id) }, 200);
    })
    .openapi(route(companiesApi.remove, auth), async (c) => {
      const { id } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), 'company.delete', { id });
      return c.json({ ok: true as const }, 200);
    });
}
