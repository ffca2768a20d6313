import { errorSummary } from '../http/error-summary';
import { startPeriodic } from '../jobs/periodic-job';
import type { CreditService } from './credit-service';

/** Re-checks monitored companies in the server process, a pass every `intervalMs`. */
export function startCreditMonitor(credit: CreditService, intervalMs: number, log: (message: string) => void = console.error) {
  return startPeriodic(
    intervalMs,
    async (signal) => {
      const outcomes = await credit.checkDue(Date.now(), signal);
      for (const o of outcomes.filter((x) => !x.ok)) log(`credit check of ${o.companyId} (${o.provider}) failed: ${o.error}`);
    },
    (err) => log(`credit monitoring pass failed:\n${errorSummary(err)}`),
  );
}
