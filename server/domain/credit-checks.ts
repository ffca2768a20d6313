import { and, asc, eq } from 'drizzle-orm';
import {
  CREDIT_PROVIDERS,
  CreditProviderIdSchema,
  type CreditProviderId,
  ratingChange,
  type CreditRating,
  type CreditRatingEntry,
} from '../../shared/credit/credit-rating';
import type { I18n } from '../../shared/i18n/i18n';
import { CreditError, creditNotSetUp } from '../credit/credit-provider';
import { creditMonitors, creditRatings } from '../db/schema';
import type { AuthContext, Deps } from '../deps';
import { AppError } from '../http/app-error';
import { readStoredFailure } from '../i18n/stored-wording';
import { liveCompanyOr404 } from '../records/companies.queries';
import { creditAskAdmin, setupWording } from './setup-wording';

/**
 * Credit checks on a company: its ratings over time and monitors, "rate now" (which starts
 * monitoring) and stopping a monitor. Any member may do each, on a live company of their own
 * workspace; the company is looked up first, so another workspace's id is not found whether or
 * not a bureau is set up.
 */
export function creditProviders(deps: Deps, auth: AuthContext) {
  return CREDIT_PROVIDERS.map((id) => {
    const p = deps.credit.providers.get(id);
    const name = p?.name ?? id;
    const unavailable = p ? p.unavailable : creditNotSetUp(id);
    // Which credentials to set is for the admins; a salesperson learns whom to ask.
    return { id, name, unavailable: unavailable && setupWording(auth, unavailable, creditAskAdmin(name)) };
  });
}

/** Changes and failures are worded in `i18n`, the reader's language, whatever the job that found them spoke. */
export async function companyCredit(deps: Deps, auth: AuthContext, companyId: string, i18n: I18n) {
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
  const previous = new Map<string, CreditRating>();
  const history: CreditRatingEntry[] = ratings.map((r) => {
    const rating = { ...r, provider: CreditProviderIdSchema.parse(r.provider) };
    const before = previous.get(r.provider) ?? null;
    previous.set(r.provider, rating);
    return {
      id: r.id,
      provider: CreditProviderIdSchema.parse(r.provider),
      score: r.score,
      ratingClass: r.ratingClass,
      creditLimit: r.creditLimit,
      currency: r.currency,
      ratedOn: r.ratedOn,
      flags: r.flags,
      // Null marks a provider's first rating; the words are found again from the one before it.
      change: r.change === null ? null : (ratingChange(before, rating, i18n) ?? r.change),
      fetchedAt: r.fetchedAt,
    };
  });
  return {
    history,
    monitors: monitors.map((m) => ({
      provider: CreditProviderIdSchema.parse(m.provider),
      nextCheckAt: m.nextCheckAt,
      lastCheckedAt: m.lastCheckedAt,
      failures: m.failures,
      lastError: readStoredFailure(i18n, m.lastError),
    })),
  };
}

/** Asks the bureau now; its failures become the answers a user can act on (set up, unknown, down). */
export async function rateCompany(deps: Deps, auth: AuthContext, companyId: string, provider: CreditProviderId, i18n: I18n) {
  await liveCompanyOr404(deps.db, auth.workspaceId, companyId);
  try {
    const result = await deps.credit.rate(auth.workspaceId, companyId, provider);
    if (!result) throw new AppError(404, 'notFound', { key: 'errors.notFound.company' });
    if (!result.rating) {
      const name = deps.credit.providers.get(provider)?.name ?? provider;
      throw new AppError(404, 'notRated', { key: 'errors.credit.unknownCompany', values: { name } });
    }
    return { rating: result.rating, change: result.change && ratingChange(result.before, result.rating, i18n) };
  } catch (err) {
    if (!(err instanceof CreditError)) throw err;
    if (err.kind === 'unsupported') throw new AppError(400, 'invalid', err.wording);
    if (err.kind === 'missingKey')
      throw new AppError(503, 'creditUnavailable', setupWording(auth, err.wording, creditAskAdmin(err.provider)));
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
