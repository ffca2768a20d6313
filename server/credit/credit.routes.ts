import { creditApi } from '../../shared/api/credit.api';
import { requireAuth } from '../auth/require-auth';
import type { Deps } from '../deps';
import { companyCredit, creditProviders, rateCompany, stopCreditMonitor } from '../domain/credit-checks';
import { apiRouter, route } from '../http/api-router';
import { requestLanguage } from '../http/request-language';
import { i18nFor } from '../i18n/server-i18n';
import { inLanguage } from '../i18n/wording';

/**
 * The providers this server has, a company's ratings over time and its monitors, "rate now"
 * (which starts monitoring), and stopping a monitor (server/domain/credit-checks.ts).
 */
export function creditRoutes(deps: Deps) {
  const auth = requireAuth(deps);
  return apiRouter()
    .openapi(route(creditApi.providers, auth), (c) => {
      const i18n = i18nFor(requestLanguage(c));
      const items = creditProviders(deps, c.get('auth')).map((p) => ({
        ...p,
        unavailable: p.unavailable && inLanguage(i18n, p.unavailable),
      }));
      return c.json({ items }, 200);
    })
    .openapi(route(creditApi.company, auth), async (c) => {
      const i18n = i18nFor(requestLanguage(c));
      return c.json(await companyCredit(deps, c.get('auth'), c.req.valid('param').id, i18n), 200);
    })
    .openapi(route(creditApi.rate, auth), async (c) => {
      const i18n = i18nFor(requestLanguage(c));
      return c.json(await rateCompany(deps, c.get('auth'), c.req.valid('param').id, c.req.valid('json').provider, i18n), 200);
    })
    .openapi(route(creditApi.stopMonitor, auth), async (c) => {
      const { id, provider } = c.req.valid('param');
      await stopCreditMonitor(deps, c.get('auth'), id, provider);
      return c.json({ ok: true as const }, 200);
    });
}
