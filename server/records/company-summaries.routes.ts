import { and, desc, eq, isNull } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema } from '../../shared/entities/base';
import { AgreementFieldsSchema, InvoiceFieldsSchema } from '../../shared/entities/company-summaries';
import { newId } from '../../shared/ids';
import { requireAuth } from '../auth/require-auth';
import { agreements, invoices } from '../db/schema';
import type { AppEnv, Deps } from '../deps';
import { runMutation } from '../domain/run-mutation';
import { AppError } from '../http/app-error';
import { validate } from '../http/validate';

const IdParam = z.object({ id: IdSchema });
export const SummaryListQuery = z.object({ companyId: IdSchema });
export const AgreementCreateBody = AgreementFieldsSchema;
export const AgreementPatchBody = AgreementFieldsSchema.partial();
export const InvoiceCreateBody = InvoiceFieldsSchema;
export const InvoicePatchBody = InvoiceFieldsSchema.partial();

const kinds = {
  agreement: { table: agreements, fields: AgreementFieldsSchema, label: 'Agreement' },
  invoice: { table: invoices, fields: InvoiceFieldsSchema, label: 'Invoice' },
} as const;

/**
 * Agreement and invoice summaries on companies (`/api/agreements`, `/api/invoices`): what an
 * accounting or signing tool reports, read by the company counters. Writes go through mutations.
 */
export function companySummaryRoutes(deps: Deps, entity: keyof typeof kinds) {
  const { table, fields, label } = kinds[entity];
  const found = async (workspaceId: string, id: string) => {
    const [row] = await deps.db
      .select()
      .from(table)
      .where(and(eq(table.id, id), eq(table.workspaceId, workspaceId), isNull(table.deletedAt)));
    if (!row) throw new AppError(404, 'notFound', `${label} not found`);
    return row;
  };
  return new Hono<AppEnv>()
    .use(requireAuth(deps))
    .get('/', validate('query', SummaryListQuery), async (c) => {
      const { companyId } = c.req.valid('query');
      const items = await deps.db
        .select()
        .from(table)
        .where(and(eq(table.workspaceId, c.get('auth').workspaceId), eq(table.companyId, companyId), isNull(table.deletedAt)))
        .orderBy(desc(table.date), desc(table.number));
      return c.json({ items });
    })
    .get('/:id', validate('param', IdParam), async (c) =>
      c.json({ item: await found(c.get('auth').workspaceId, c.req.valid('param').id) }),
    )
    .post('/', validate('json', fields), async (c) => {
      const id = newId();
      await runMutation(deps, c.get('auth'), `${entity}.create`, { id, ...c.req.valid('json') });
      return c.json({ item: await found(c.get('auth').workspaceId, id) }, 201);
    })
    .patch('/:id', validate('param', IdParam), validate('json', fields.partial()), async (c) => {
      const { id } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), `${entity}.update`, { id, patch: c.req.valid('json') });
      return c.json({ item: await found(c.get('auth').workspaceId, id) });
    })
    .delete('/:id', validate('param', IdParam), async (c) => {
      const { id } = c.req.valid('param');
      await found(c.get('auth').workspaceId, id);
      await runMutation(deps, c.get('auth'), `${entity}.delete`, { id });
      return c.json({ ok: true });
    });
}
