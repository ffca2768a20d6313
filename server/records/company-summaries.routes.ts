import { and, desc, eq, isNull } from 'drizzle-orm';
import { summaryApi, type SummaryKind } from '../../shared/api/company-summaries.api';
import { newId } from '../../shared/ids';
import { requireAuth } from '../auth/require-auth';
import { agreements, invoices } from '../db/schema';
import type { Deps } from '../deps';
import { runMutation } from '../domain/run-mutation';
import { AppError } from '../http/app-error';
import { apiRouter, route } from '../http/api-router';

const kinds = {
  agreement: { table: agreements, notFound: 'errors.notFound.agreement' },
  invoice: { table: invoices, notFound: 'errors.notFound.invoice' },
} as const;

/**
 * Agreement and invoice summaries on companies (`/api/agreements`, `/api/invoices`): what an
 * accounting or signing tool reports, read by the company counters. Writes go through mutations.
 */
export function companySummaryRoutes(deps: Deps, entity: SummaryKind) {
  const api = summaryApi(entity);
  const { table, notFound } = kinds[entity];
  const found = async (workspaceId: string, id: string) => {
    const [row] = await deps.db
      .select()
      .from(table)
      .where(and(eq(table.id, id), eq(table.workspaceId, workspaceId), isNull(table.deletedAt)));
    if (!row) throw new AppError(404, 'notFound', { key: notFound });
    return row;
  };
  const auth = requireAuth(deps);
  return apiRouter()
    .openapi(route(api.list, auth), async (c) => {
      const { companyId } = c.req.valid('query');
      const items = await deps.db
        .select()
        .from(table)
        .where(and(eq(table.workspaceId, c.get('auth').workspaceId), eq(table.companyId, companyId), isNull(table.deletedAt)))
        .orderBy(desc(table.date), desc(table.number));
      return c.json({ items }, 200);
    })
    .openapi(route(api.get, auth), async (c) =>
      c.json({ item: await found(c.get('auth').workspaceId, c.req.valid('param').id) }, 200),
    )
    .openapi(route(api.create, auth), async (c) => {
      const id = newId();
      await runMutation(deps, c.get('auth'), `${entity}.create`, { id, ...c.req.valid('json') });
      return c.json({ item: await found(c.get('auth').workspaceId, id) }, 201);
    })
    .openapi(route(api.update, auth), async (c) => {
      const { id } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), `${entity}.update`, { id, patch: c.req.valid('json') });
      return c.json({ item: await found(c.get('auth').workspaceId, id) }, 200);
    })
    .openapi(route(api.remove, auth), async (c) => {
      const { id } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), `${entity}.delete`, { id });
      return c.json({ ok: true as const }, 200);
    });
}
