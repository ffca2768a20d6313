import { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema } from '../../shared/entities/base';
import { CreditProviderIdSchema } from '../../shared/credit/credit-rating';
import { requireAuth } from '../auth/require-auth';
import type { AppEnv, Deps } from '../deps';
import { companyCredit, creditProviders, rateCompany, stopCreditMonitor } from '../domain/credit-checks';
import { validate } from '../http/validate';

const CompanyParam = z.object({ id: IdSchema });
export const RateBody = z.object({ provider: CreditProviderIdSchema });
const StopParam = z.object({ id: IdSchema, provider: CreditProviderIdSchema });

/**
 * `/api/credit`: the providers this server has, a company's ratings over time and its monitors,
 * "rate now" (which starts monitoring), and stopping a monitor (server/domain/credit-checks.ts).
 */
export function creditRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .use(requireAuth(deps))
    .get('/providers', (c) => c.json({ items: creditProviders(deps) }))
    .get('/companies/:id', validate('param', CompanyParam), async (c) =>
      c.json(await companyCredit(deps, c.get('auth'), c.req.valid('param').id)),
    )
    .post('/companies/:id/rate', validate('param', CompanyParam), validate('json', RateBody), async (c) =>
      c.json(await rateCompany(deps, c.get('auth'), c.req.valid('param').id, c.req.valid('json').provider)),
    )
    .delete('/companies/:id/monitors/:provider', validate('param', StopParam), async (c) => {
      const { id, provider } = c.req.valid('param');
      await stopCreditMonitor(deps, c.get('auth'), id, provider);
      return c.json({ ok: true as const });
    });
}
