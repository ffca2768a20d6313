import type { Client } from '@libsql/client';
import type { CreditProviderId } from '../../shared/credit/credit-rating';
import type { Db } from '../db/client';
import type { WriteLock } from '../domain/write-lock';
import type { Env } from '../env';
import type { Registers } from '../registers/registers';
import type { CreditProvider } from './credit-provider';
import { CreditService, type RegisterStatusWriter } from './credit-service';
import { CreditsafeProvider } from './creditsafe-provider';
import { PublicSignalsProvider } from './public-signals-provider';

/** The credit providers and the monitoring service, configured from the environment. */
export function openCredit(
  deps: { db: Db; client: Client; writeLock: WriteLock },
  env: Env,
  registers: Registers,
  writeRegisterStatus: RegisterStatusWriter,
) {
  const creditsafe =
    env.CREDITSAFE_USERNAME && env.CREDITSAFE_PASSWORD
      ? { username: env.CREDITSAFE_USERNAME, password: env.CREDITSAFE_PASSWORD }
      : undefined;
  const providers = new Map<CreditProviderId, CreditProvider>([
    ['publicSignals', new PublicSignalsProvider(registers.providers, env.PUBLIC_SIGNALS_CALLS_PER_MINUTE)],
    ['creditsafe', new CreditsafeProvider(creditsafe, env.CREDITSAFE_CALLS_PER_MINUTE, env.CREDITSAFE_URL)],
  ]);
  return new CreditService(deps, providers, env.CREDIT_CHECK_HOURS * 3_600_000, env.CREDIT_RATE_WINDOW_MS, writeRegisterStatus);
}
