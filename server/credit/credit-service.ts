import { and, asc, eq, isNull, lte } from 'drizzle-orm';
import type { CreditProviderId, CreditRating } from '../../shared/credit/credit-rating';
import { registerFlags, statusFromFlags, type RegisterStatus } from '../../shared/registers/register-company';
import type { Client } from '@libsql/client';
import type { Db } from '../db/client';
import { companies, creditMonitors, users } from '../db/schema';
import { withWriteTransaction } from '../db/write-transaction';
import type { WriteLock } from '../domain/write-lock';
import { CallBudget } from './call-budget';
import { CreditError, creditNotSetUp, type CreditProvider } from './credit-provider';
import { recordRating } from './record-rating';
import { storedFailure } from '../i18n/stored-wording';

/** Monitors checked per run; the rest wait for the next run (the budget paces the calls anyway). */
const PER_RUN = 50;
/** After a failure: 5 minutes, doubling, at most the normal interval. */
const FIRST_RETRY_MS = 5 * 60_000;

type CreditDeps = { db: Db; client: Client; writeLock: WriteLock };
/**
 * Writes a company's register status found by the public signals (a mutation: history, sync),
 * as the user who is told about the company.
 */
export type RegisterStatusWriter = (
  target: { workspaceId: string; companyId: string; userId: string },
  status: RegisterStatus,
) => Promise<void>;
export type CheckOutcome = { companyId: string; provider: CreditProviderId; ok: boolean; change: string | null; error?: string };

/**
 * Rating companies and watching them: `rate` asks a provider now and puts the company under
 * monitoring; `checkDue` re-checks the monitors whose time has come, within each provider's call
 * budget, retrying failures with back-off. Every answer is stored by `recordRating` in one
 * transaction with the monitor's next check, so a restart never loses or doubles a change.
 */
export class CreditService {
  readonly budget: CallBudget;

  constructor(
    private readonly deps: CreditDeps,
    readonly providers: ReadonlyMap<CreditProviderId, CreditProvider>,
    private readonly checkEveryMs: number,
    budgetWindowMs = 60_000,
    private readonly writeRegisterStatus: RegisterStatusWriter | null = null,
  ) {
    this.budget = new CallBudget(deps.client, budgetWindowMs);
  }

  provider(id: CreditProviderId): CreditProvider {
    const provider = this.providers.get(id);
    if (!provider) throw new CreditError(id, 'missingKey', creditNotSetUp(id));
    if (provider.unavailable) throw new CreditError(provider.name, 'missingKey', provider.unavailable);
    return provider;
  }

  /** Rates one company now (a 404-worthy null when the provider does not know it) and monitors it from then on. */
  async rate(workspaceId: string, companyId: string, providerId: CreditProviderId, now = Date.now()) {
    const provider = this.provider(providerId);
    const company = await this.company(workspaceId, companyId);
    if (!company) return null;
    const rating = await provider.rate(company, { take: () => this.budget.take(provider.id, provider.callsPerWindow) });
    if (!rating) return { rating: null, change: null, before: null };
    const stored = await this.store(company, rating, now);
    return { rating, change: stored.change, before: stored.before };
  }

  /** One pass of the monitoring job. */
  async checkDue(now = Date.now(), signal?: AbortSignal): Promise<CheckOutcome[]> {
    const due = await this.deps.db
      .select()
      .from(creditMonitors)
      .where(lte(creditMonitors.nextCheckAt, now))
      .orderBy(asc(creditMonitors.nextCheckAt))
      .limit(PER_RUN);
    const outcomes: CheckOutcome[] = [];
    for (const monitor of due) {
      signal?.throwIfAborted();
      const provider = monitor.provider as CreditProviderId;
      const company = await this.company(monitor.workspaceId, monitor.companyId);
      if (!company) {
        // Deleted companies are not watched (restoring one and rating it again starts anew).
        await this.write((db) => db.delete(creditMonitors).where(monitorKey(monitor)));
        continue;
      }
      try {
        const p = this.provider(provider);
        const rating = await p.rate(company, { signal, take: () => this.budget.take(p.id, p.callsPerWindow, signal) });
        if (!rating)
          throw new CreditError(p.name, 'notFound', {
            key: 'errors.credit.noLongerKnows',
            values: { name: p.name, company: company.name },
          });
        const stored = await this.store(company, rating, Date.now());
        outcomes.push({ companyId: company.id, provider, ok: true, change: stored.change });
      } catch (err) {
        if (signal?.aborted) throw err;
        const message = err instanceof Error ? err.message : String(err);
        const lastError = storedFailure(err);
        const failures = monitor.failures + 1;
        const retryIn = Math.min(this.checkEveryMs, FIRST_RETRY_MS * 2 ** (failures - 1));
        await this.write((db) =>
          db
            .update(creditMonitors)
            .set({ failures, lastError, nextCheckAt: Date.now() + retryIn })
            .where(monitorKey(monitor)),
        );
        outcomes.push({ companyId: company.id, provider, ok: false, change: null, error: message });
      }
    }
    return outcomes;
  }

  private async store(
    company: { id: string; workspaceId: string; name: string; ownerIds: string[]; registerStatus: string | null },
    rating: CreditRating,
    now: number,
  ) {
    return this.deps.writeLock
      .run(() =>
        withWriteTransaction(this.deps.client, async ({ db }) => {
          const recipients = await this.recipients(db, company.workspaceId, company.ownerIds);
          const target = { workspaceId: company.workspaceId, companyId: company.id, companyName: company.name, recipients };
          return { ...(await recordRating(db, target, rating, now, now + this.checkEveryMs)), recipients };
        }),
      )
      .then(async (stored) => {
        // The register's own flags are the company's register status: keep the card's in step.
        const status = rating.provider === 'publicSignals' ? statusFromFlags(registerFlags(rating.flags)) : null;
        const userId = stored.recipients[0];
        if (status && status !== company.registerStatus && userId && this.writeRegisterStatus)
          await this.writeRegisterStatus({ workspaceId: company.workspaceId, companyId: company.id, userId }, status);
        return stored;
      });
  }

  /** The company's owners who are still members; a company without owners tells the admins. */
  private async recipients(db: Db, workspaceId: string, ownerIds: string[]) {
    const members = await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.workspaceId, workspaceId));
    const owners = members.filter((m) => ownerIds.includes(m.id)).map((m) => m.id);
    return owners.length > 0 ? owners : members.filter((m) => m.role === 'admin').map((m) => m.id);
  }

  private async company(workspaceId: string, id: string) {
    const [row] = await this.deps.db
      .select({
        id: companies.id,
        workspaceId: companies.workspaceId,
        name: companies.name,
        country: companies.country,
        orgNumber: companies.orgNumber,
        ownerIds: companies.ownerIds,
        registerStatus: companies.registerStatus,
      })
      .from(companies)
      .where(and(eq(companies.id, id), eq(companies.workspaceId, workspaceId), isNull(companies.deletedAt)));
    return row ?? null;
  }

  private write<T>(work: (db: Db) => Promise<T>) {
    return this.deps.writeLock.run(() => work(this.deps.db));
  }
}

function monitorKey(m: { workspaceId: string; companyId: string; provider: string }) {
  return and(
    eq(creditMonitors.workspaceId, m.workspaceId),
    eq(creditMonitors.companyId, m.companyId),
    eq(creditMonitors.provider, m.provider),
  );
}
