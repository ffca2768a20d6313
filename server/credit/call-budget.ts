import type { Client } from '@libsql/client';

/**
 * How often each provider may be called, kept in the database (`provider_calls`) so a restarted
 * server still knows the calls it made just before: `take` waits until one more call fits in the
 * window, records it, and only then lets the caller go. Takes are serialised per provider.
 */
export class CallBudget {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly client: Client,
    readonly windowMs = 60_000,
  ) {}

  take(provider: string, limit: number, signal?: AbortSignal): Promise<void> {
    const run = (this.queues.get(provider) ?? Promise.resolve()).then(() => this.wait(provider, limit, signal));
    this.queues.set(
      provider,
      run.catch(() => undefined),
    );
    return run;
  }

  private async wait(provider: string, limit: number, signal?: AbortSignal) {
    for (;;) {
      signal?.throwIfAborted();
      const now = Date.now();
      const { rows } = await this.client.execute({
        sql: `select called_at from provider_calls where provider = ? and called_at > ? order by called_at desc limit ?`,
        args: [provider, now - this.windowMs, limit],
      });
      if (rows.length < limit) {
        await this.client.batch(
          [
            { sql: 'insert into provider_calls (provider, called_at) values (?, ?)', args: [provider, now] },
            // What can no longer count against any window goes.
            {
              sql: 'delete from provider_calls where provider = ? and called_at < ?',
              args: [provider, now - 10 * this.windowMs],
            },
          ],
          'write',
        );
        return;
      }
      // The oldest of the last `limit` calls leaves the window first.
      const oldest = Number(rows[rows.length - 1]!.called_at);
      await sleep(Math.max(1, oldest + this.windowMs - now + 1), signal);
    }
  }
}

function sleep(ms: number, signal?: AbortSignal) {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });
}
