import { errorSummary } from '../http/error-summary';
import type { Client } from '@libsql/client';
import type { RegisterCountry } from '../../shared/registers/register-company';
import type { Env } from '../env';
import { startPeriodic } from '../jobs/periodic-job';
import { refreshSwedishBulkFiles, type SwedishBulkUrls } from './bolagsverket/sweden-bulk-refresh';
import { syncBrregUpdates } from './brreg/brreg-updates';
import { followCompaniesHouseStream, type CompaniesHouseStream } from './companies-house/companies-house-stream';
import type { Registers } from './registers';
import { storedFailure } from '../i18n/stored-wording';

export type RegisterUpdateSources = {
  brreg: string;
  sweden: SwedishBulkUrls;
  /** Only with a streaming API key (Companies House issues it apart from the REST key). */
  companiesHouseStream: CompaniesHouseStream | null;
  /** How long a pass reads the never-ending UK stream before hanging up until the next pass. */
  streamPassMs: number;
};

export function registerUpdateSources(env: Env): RegisterUpdateSources {
  return {
    brreg: env.BRREG_URL,
    sweden: { bolagsverket: env.BOLAGSVERKET_BULK_URL, scb: env.SCB_BULK_URL },
    companiesHouseStream: env.COMPANIES_HOUSE_STREAM_KEY
      ? { url: env.COMPANIES_HOUSE_STREAM_URL, key: env.COMPANIES_HOUSE_STREAM_KEY }
      : null,
    streamPassMs: 60_000,
  };
}

type Follow = (signal: AbortSignal) => Promise<unknown>;

function followers(client: Client, sources: RegisterUpdateSources): Partial<Record<RegisterCountry, Follow>> {
  const stream = sources.companiesHouseStream;
  return {
    NO: (signal) => syncBrregUpdates(client, sources.brreg, signal),
    SE: (signal) => refreshSwedishBulkFiles(client, sources.sweden, signal),
    ...(stream && { GB: (signal: AbortSignal) => followCompaniesHouseStream(client, stream, sources.streamPassMs, signal) }),
  };
}

/**
 * The countries whose mirror the server keeps current: Norway (change feed), Sweden (weekly
 * files) and, with a stream key, the UK (streaming API). Denmark publishes nothing to follow.
 */
export function followedCountries(sources: RegisterUpdateSources): Set<RegisterCountry> {
  return new Set(['NO', 'SE', ...(sources.companiesHouseStream ? ['GB' as const] : [])]);
}

/**
 * Keeps the mirror current while the server runs, every `intervalMs`, for the countries that are
 * mirrored and followed. A country that fails has it recorded on its feed row and is retried next
 * time; the others go on.
 */
export function startRegisterUpdates(
  client: Client,
  registers: Registers,
  sources: RegisterUpdateSources,
  intervalMs: number,
  log: (message: string) => void = console.error,
) {
  const follow = followers(client, sources);
  return startPeriodic(
    intervalMs,
    async (signal) => {
      const mirrored = await registers.mirroredCountries();
      for (const [country, pass] of Object.entries(follow)) {
        if (!mirrored.has(country as RegisterCountry)) continue;
        try {
          await pass(signal);
          await client.execute({
            sql: 'update register_feeds set checked_at = ?, last_error = null where country = ?',
            args: [Date.now(), country],
          });
        } catch (err) {
          if (signal.aborted) throw err;
          const message = err instanceof Error ? err.message : String(err);
          log(`register updates for ${country} failed: ${message}`);
          await client
            .execute({ sql: 'update register_feeds set last_error = ? where country = ?', args: [storedFailure(err), country] })
            .catch(() => undefined);
        }
      }
    },
    (err) => log(`register updates failed:\n${errorSummary(err)}`),
  );
}
