import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { loginThrottles } from '../db/schema';
import { addressGroup } from './client-address';

/**
 * Failed sign-ins slow down the one who fails, not the account: counters are kept per
 * (e-mail, source) pair, so wrong passwords from one address never stop the owner signing in from
 * another. In the database, so every server process sees the same counts.
 *
 * Two rules, both backing off 1 s, 2 s, 4 s … up to 15 minutes once their free failures are spent:
 * - a pair gets 5 free failures; a success clears the pair;
 * - a source gets 100 free failures across all e-mails (credential stuffing from one address);
 *   a success does not clear it (one known password must not buy more guesses), an hour without
 *   failures does. Its row has the e-mail `*`, which no sign-in e-mail can be.
 * Rows whose last failure is a day old are swept on each failure.
 */
export const PAIR_FREE_FAILURES = 5;
export const SOURCE_FREE_FAILURES = 100;
const MAX_WAIT_MS = 15 * 60_000;
const SOURCE_QUIET_MS = 60 * 60_000;
const SWEEP_AFTER_MS = 24 * 60 * 60_000;
const ANY_EMAIL = '*';

/** Milliseconds before this e-mail may be tried from this address again, or 0. */
export async function loginRetryAfter(db: Db, email: string, address: string, now = Date.now()): Promise<number> {
  const source = addressGroup(address);
  const rows = await db
    .select({ blockedUntil: loginThrottles.blockedUntil })
    .from(loginThrottles)
    .where(and(eq(loginThrottles.source, source), or(eq(loginThrottles.email, email), eq(loginThrottles.email, ANY_EMAIL))));
  return Math.max(0, ...rows.map((r) => r.blockedUntil - now));
}

/** Counts a wrong password for the pair and the source, and sweeps stale rows. */
export async function recordLoginFailure(db: Db, email: string, address: string, now = Date.now()) {
  const source = addressGroup(address);
  await count(db, email, source, PAIR_FREE_FAILURES, SWEEP_AFTER_MS, now);
  await count(db, ANY_EMAIL, source, SOURCE_FREE_FAILURES, SOURCE_QUIET_MS, now);
  await db.delete(loginThrottles).where(lt(loginThrottles.lastFailureAt, now - SWEEP_AFTER_MS));
}

/** A right password clears its pair (not the source's count). */
export async function clearLoginFailures(db: Db, email: string, address: string) {
  await db.delete(loginThrottles).where(and(eq(loginThrottles.email, email), eq(loginThrottles.source, addressGroup(address))));
}

/** The wait after the n-th failure of a rule that allows `free` of them. */
export function backoffMs(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(MAX_WAIT_MS, 1000 * 2 ** Math.min(failures - free, 20));
}

/** One atomic increment (processes may race), then the wait it earns, never shortening a longer one. */
async function count(db: Db, email: string, source: string, free: number, quietMs: number, now: number) {
  const [row] = await db
    .insert(loginThrottles)
    .values({ email, source, failures: 1, lastFailureAt: now, blockedUntil: 0 })
    .onConflictDoUpdate({
      target: [loginThrottles.email, loginThrottles.source],
      set: {
        failures: sql`case when ${loginThrottles.lastFailureAt} < ${now - quietMs} then 1 else ${loginThrottles.failures} + 1 end`,
        lastFailureAt: now,
      },
    })
    .returning({ failures: loginThrottles.failures });
  const wait = backoffMs(row!.failures, free);
  if (wait === 0) return;
  await db
    .update(loginThrottles)
    .set({ blockedUntil: sql`max(${loginThrottles.blockedUntil}, ${now + wait})` })
    .where(and(eq(loginThrottles.email, email), eq(loginThrottles.source, source)));
}
