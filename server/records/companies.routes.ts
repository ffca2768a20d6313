import { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema } from '../../shared/entities/base';
import { CompanyFieldsSchema } from '../../shared/entities/company';
import { newId } from '../../shared/ids';
import { requireAuth } from '../auth/require-auth';
import type { AppEnv, Deps } from '../deps';
import { runMutation } from '../domain/run-mutation';
import { validate } from '../http/validate';
import { contactsOfCompany, getCompany, liveCompanyOr404, unitsOf } from './companies.queries';
import { findCompanyDuplicates } from './company-duplicates';
import { companyCounters } from './company-counters';

const IdParam = z.object({ id: IdSchema });
export const DuplicateProbe = z.object({
  name: z.string().max(200).optional(),
  orgNumber: z.string().max(40).optional(),
  website: z.string().max(500).optional(),
  email: z.string().max(320).optional(),
  excludeId: IdSchema.optional(),
});
export const CompanyCreateBody = CompanyFieldsSchema.partial().extend({
  id: IdSchema.optional(),
  name: CompanyFieldsSchema.shape.name,
});

export function companiesRoutes(deps: Deps) {
  const found = (workspaceId: string, id: string) => liveCompanyOr404(deps.db, workspaceId, id);
  return new Hono<AppEnv>()
    .use(requireAuth(deps))
    .get('/duplicates', validate('query', DuplicateProbe), async (c) => {
      return c.json({ matches: await findCompanyDuplicates(deps.db, c.get('auth').workspaceId, c.req.valid('query')) });
    })
    .get('/:id', validate('param', IdParam), async (c) => {
      const { workspaceId } = c.get('auth');
      const company = await found(workspaceId, c.req.valid('param').id);
      const [contacts, units, parent, counters] = await Promise.all([
        contactsOfCompany(deps.db, workspaceId, company.id),
        unitsOf(deps.db, workspaceId, company.id),
        company.parentId ? getCompany(deps.db, workspaceId, company.parentId) : undefined,
        companyCounters(deps.db, workspaceId, [company.id]),
      ]);
      return c.json({
        company,
        contacts,
        units,
        parent: parent ? { id: parent.id, name: parent.name } : null,
        counters: counters.get(company.id)!,
      });
    })
    .post('/', validate('json', CompanyCreateBody), async (c) => {
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
    .patch('/:id', validate('param', IdParam), validate('json', CompanyFieldsSchema.partial()), async (c) => {
      const { id } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), 'company.update', { id, patch: c.req.valid('json') });
      return c.json({ company: await found(c.get('auth').workspaceId, id) });
    })
    .delete('/:id', validate('param', IdParam), async (c) => {
      const { id } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), 'company.delete', { id });
      return c.json({ ok: true });
    });
}
