import type { Client } from '@libsql/client';
import type { RegisterCountry } from '../../shared/registers/register-company';
import { startPeriodic } from '../jobs/periodic-job';
import { refreshSwedishBulkFiles, type SwedishBulkUrls } from './bolagsverket/sweden-bulk-refresh';
import { syncBrregUpdates } from './brreg/brreg-updates';
import type { Registers } from './registers';

export type RegisterUpdateUrls = { brreg: string; sweden: SwedishBulkUrls };

/** The countries whose mirror the job keeps current; the others are re-imported by hand. */
export const FOLLOWED_COUNTRIES: ReadonlySet<RegisterCountry> = new Set(['NO', 'SE']);

/**
 * Keeps the mirror current while the server runs, every `intervalMs`, for the countries that are
 * mirrored: Norway from Enhetsregisteret's change feed, Sweden from Bolagsverket's and SCB's
 * weekly files when they change. Denmark and the UK publish nothing the mirror can follow
 * (re-import their dumps). A country that fails has it recorded on its feed row and is retried
 * next time; the other goes on.
 */
export function startRegisterUpdates(
  client: Client,
  registers: Registers,
  urls: RegisterUpdateUrls,
  intervalMs: number,
  log: (message: string) => void = console.error,
) {
  const followers: Partial<Record<RegisterCountry, (signal: AbortSignal) => Promise<unknown>>> = {
    NO: (signal) => syncBrregUpdates(client, urls.brreg, signal),
    SE: (signal) => refreshSwedishBulkFiles(client, urls.sweden, signal),
  };
  return startPeriodic(
    intervalMs,
    async (signal) => {
      const mirrored = await registers.mirroredCountries();
      for (const [country, follow] of Object.entries(followers)) {
        if (!mirrored.has(country as RegisterCountry) || !FOLLOWED_COUNTRIES.has(country as RegisterCountry)) continue;
        try {
          await follow(signal);
          await client.execute({
            sql: 'update register_feeds set checked_at = ?, last_error = null where country = ?',
            args: [Date.now(), country],
          });
        } catch (err) {
          if (signal.aborted) throw err;
          const message = err instanceof Error ? err.message : String(err);
          log(`register updates for ${country} failed: ${message}`);
          await client
            .execute({ sql: 'update register_feeds set last_error = ? where country = ?', args: [message, country] })
            .catch(() => undefined);
        }
      }
    },
    (err) => log(`register updates failed: ${err instanceof Error ? err.message : String(err)}`),
  );
}
