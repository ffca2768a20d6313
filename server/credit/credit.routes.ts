import { and, asc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema } from '../../shared/entities/base';
import { CREDIT_PROVIDERS, CreditProviderIdSchema, type CreditRatingEntry } from '../../shared/credit/credit-rating';
import { requireAuth } from '../auth/require-auth';
import { creditMonitors, creditRatings } from '../db/schema';
import type { AppEnv, Deps } from '../deps';
import { AppError } from '../http/app-error';
import { liveCompanyOr404 } from '../records/companies.queries';
import { validate } from '../http/validate';
import { CreditError } from './credit-provider';

const CompanyParam = z.object({ id: IdSchema });
export const RateBody = z.object({ provider: CreditProviderIdSchema });
const StopParam = z.object({ id: IdSchema, provider: CreditProviderIdSchema });

/**
 * `/api/credit`: the providers this server has, a company's ratings over time and its monitors,
 * "rate now" (which starts monitoring), and stopping a monitor.
 */
export function creditRoutes(deps: Deps) {
  const notFound = () => new AppError(404, 'notFound', 'Company not found');
  return new Hono<AppEnv>()
    .use(requireAuth(deps))
    .get('/providers', (c) =>
      c.json({
        items: CREDIT_PROVIDERS.map((id) => {
          const p = deps.credit.providers.get(id);
          return { id, name: p?.name ?? id, unavailable: p ? p.unavailable : `${id} is not set up on this server.` };
        }),
      }),
    )
    .get('/companies/:id', validate('param', CompanyParam), async (c) => {
      const { workspaceId } = c.get('auth');
      const { id } = c.req.valid('param');
      await liveCompanyOr404(deps.db, workspaceId, id);
      const [ratings, monitors] = await Promise.all([
        deps.db
          .select()
          .from(creditRatings)
          .where(and(eq(creditRatings.workspaceId, workspaceId), eq(creditRatings.companyId, id)))
          .orderBy(asc(creditRatings.fetchedAt)),
        deps.db
          .select()
          .from(creditMonitors)
          .where(and(eq(creditMonitors.workspaceId, workspaceId), eq(creditMonitors.companyId, id))),
      ]);
      const history: CreditRatingEntry[] = ratings.map((r) => ({
        id: r.id,
        provider: CreditProviderIdSchema.parse(r.provider),
        score: r.score,
        ratingClass: r.ratingClass,
        creditLimit: r.creditLimit,
        currency: r.currency,
        ratedOn: r.ratedOn,
        flags: r.flags,
        change: r.change,
        fetchedAt: r.fetchedAt,
      }));
      return c.json({
        history,
        monitors: monitors.map((m) => ({
          provider: m.provider,
          nextCheckAt: m.nextCheckAt,
          lastCheckedAt: m.lastCheckedAt,
          failures: m.failures,
          lastError: m.lastError,
        })),
      });
    })
    .post('/companies/:id/rate', validate('param', CompanyParam), validate('json', RateBody), async (c) => {
      const { workspaceId } = c.get('auth');
      const { provider } = c.req.valid('json');
      // The company first: another workspace's id is not found, whether or not a bureau is set up.
      await liveCompanyOr404(deps.db, workspaceId, c.req.valid('param').id);
      try {
        const result = await deps.credit.rate(workspaceId, c.req.valid('param').id, provider);
        if (!result) throw notFound();
        if (!result.rating) {
          const name = deps.credit.providers.get(provider)?.name ?? provider;
          throw new AppError(404, 'notRated', `${name} does not know this company (check its country and org number).`);
        }
        return c.json({ rating: result.rating, change: result.change });
      } catch (err) {
        if (!(err instanceof CreditError)) throw err;
        if (err.kind === 'unsupported') throw new AppError(400, 'invalid', err.message);
        if (err.kind === 'missingKey') throw new AppError(503, 'creditUnavailable', err.message);
        if (err.kind === 'notFound') throw new AppError(404, 'notRated', err.message);
        throw new AppError(502, 'creditUnavailable', err.message);
      }
    })
    .delete('/companies/:id/monitors/:provider', validate('param', StopParam), async (c) => {
      const { workspaceId } = c.get('auth');
      const { id, provider } = c.req.valid('param');
      await liveCompanyOr404(deps.db, workspaceId, id);
      await deps.writeLock.run(() =>
        deps.db
          .delete(creditMonitors)
          .where(
            and(
              eq(creditMonitors.workspaceId, workspaceId),
              eq(creditMonitors.companyId, id),
              eq(creditMonitors.provider, provider),
            ),
          ),
      );
      return c.json({ ok: true as const });
    });
}
