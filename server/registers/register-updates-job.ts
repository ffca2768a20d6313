import type { Client } from '@libsql/client';
import { startPeriodic } from '../jobs/periodic-job';
import { syncBrregUpdates } from './brreg/brreg-updates';
import type { Registers } from './registers';

/**
 * Keeps the mirror current while the server runs: Enhetsregisteret's change feed every
 * `intervalMs` when Norway is mirrored (the other registers publish no feed the mirror can
 * follow; re-import their dumps). A failed run is recorded on the feed row and retried next time.
 */
export function startRegisterUpdates(
  client: Client,
  registers: Registers,
  brregUrl: string,
  intervalMs: number,
  log: (message: string) => void = console.error,
) {
  return startPeriodic(
    intervalMs,
    async (signal) => {
      if ((await registers.mirroredCountries()).has('NO')) await syncBrregUpdates(client, brregUrl, signal);
    },
    async (err) => {
      const message = err instanceof Error ? err.message : String(err);
      log(`register updates failed: ${message}`);
      await client
        .execute({ sql: "update register_feeds set last_error = ? where country = 'NO'", args: [message] })
        .catch(() => undefined);
    },
  );
}
