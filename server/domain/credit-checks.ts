import { and, asc, eq } from 'drizzle-orm';
import {
  CREDIT_PROVIDERS,
  CreditProviderIdSchema,
  type CreditProviderId,
  type CreditRatingEntry,
} from '../../shared/credit/credit-rating';
import { CreditError, creditNotSetUp } from '../credit/credit-provider';
import { creditMonitors, creditRatings } from '../db/schema';
import type { AuthContext, Deps } from '../deps';
import { AppError } from '../http/app-error';
import { liveCompanyOr404 } from '../records/companies.queries';

/**
 * Credit checks on a company: its ratings over time and monitors, "rate now" (which starts
 * monitoring) and stopping a monitor. Any member may do each, on a live company of their own
 * workspace; the company is looked up first, so another workspace's id is not found whether or
 * not a bureau is set up.
 */
export function creditProviders(deps: Deps) {
  return CREDIT_PROVIDERS.map((id) => {
    const p = deps.credit.providers.get(id);
    return { id, name: p?.name ?? id, unavailable: p ? p.unavailable : creditNotSetUp(id) };
  });
}

export async function companyCredit(deps: Deps, auth: AuthContext, companyId: string) {
  const { workspaceId } = auth;
  await liveCompanyOr404(deps.db, workspaceId, companyId);
  const [ratings, monitors] = await Promise.all([
    deps.db
      .select()
      .from(creditRatings)
      .where(and(eq(creditRatings.workspaceId, workspaceId), eq(creditRatings.companyId, companyId)))
      .orderBy(asc(creditRatings.fetchedAt)),
    deps.db
      .select()
      .from(creditMonitors)
      .where(and(eq(creditMonitors.workspaceId, workspaceId), eq(creditMonitors.companyId, companyId))),
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
  return {
    history,
    monitors: monitors.map((m) => ({
      provider: CreditProviderIdSchema.parse(m.provider),
      nextCheckAt: m.nextCheckAt,
      lastCheckedAt: m.lastCheckedAt,
      failures: m.failures,
      lastError: m.lastError,
    })),
  };
}

/** Asks the bureau now; its failures become the answers a user can act on (set up, unknown, down). */
export async function rateCompany(deps: Deps, auth: AuthContext, companyId: string, provider: CreditProviderId) {
  await liveCompanyOr404(deps.db, auth.workspaceId, companyId);
  try {
    const result = await deps.credit.rate(auth.workspaceId, companyId, provider);
    if (!result) throw new AppError(404, 'notFound', { key: 'errors.notFound.company' });
    if (!result.rating) {
      const name = deps.credit.providers.get(provider)?.name ?? provider;
      throw new AppError(404, 'notRated', { key: 'errors.credit.unknownCompany', values: { name } });
    }
    return { rating: result.rating, change: result.change };
  } catch (err) {
    if (!(err instanceof CreditError)) throw err;
    if (err.kind === 'unsupported') throw new AppError(400, 'invalid', err.wording);
    if (err.kind === 'missingKey') throw new AppError(503, 'creditUnavailable', err.wording);
    if (err.kind === 'notFound') throw new AppError(404, 'notRated', err.wording);
    throw new AppError(502, 'creditUnavailable', err.wording);
  }
}

export async function stopCreditMonitor(deps: Deps, auth: AuthContext, companyId: string, provider: CreditProviderId) {
  const { workspaceId } = auth;
  await liveCompanyOr404(deps.db, workspaceId, companyId);
  await deps.writeLock.run(() =>
    deps.db
      .delete(creditMonitors)
      .where(
        and(
          eq(creditMonitors.workspaceId, workspaceId),
          eq(creditMonitors.companyId, companyId),
          eq(creditMonitors.provider, provider),
        ),
      ),
  );
}
