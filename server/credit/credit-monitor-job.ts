import type { CreditService } from './credit-service';

/**
 * Runs the monitoring job in the server process: a pass every `intervalMs`, one at a time (a slow
 * pass is not overlapped by the next). Stopping aborts a pass between companies or while it waits
 * for a provider's budget; whatever was stored stays stored.
 */
export function startCreditMonitor(credit: CreditService, intervalMs: number, log: (message: string) => void = console.error) {
  const controller = new AbortController();
  let running = false;
  const pass = async () => {
    if (running || controller.signal.aborted) return;
    running = true;
    try {
      const outcomes = await credit.checkDue(Date.now(), controller.signal);
      for (const o of outcomes.filter((x) => !x.ok)) log(`credit check of ${o.companyId} (${o.provider}) failed: ${o.error}`);
    } catch (err) {
      if (!controller.signal.aborted) log(`credit monitoring pass failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void pass(), intervalMs);
  timer.unref();
  void pass();
  return () => {
    clearInterval(timer);
    controller.abort();
  };
}
