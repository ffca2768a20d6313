/**
 * At most `limit` requests per source in each window of `windowMs` (fixed windows), in this
 * process's memory: for public pages where a little slack across processes does no harm.
 */
export class SourceRateLimit {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    /** Sources remembered before expired windows are dropped, so a flood of addresses cannot grow it without bound. */
    private readonly sweepAbove = 10_000,
  ) {}

  /** Counts a request; answers 0 when it may go ahead, else the milliseconds until it may. */
  take(source: string, now = Date.now()): number {
    if (this.windows.size > this.sweepAbove) this.sweep(now);
    const current = this.windows.get(source);
    if (!current || current.start + this.windowMs <= now) {
      this.windows.set(source, { start: now, count: 1 });
      return 0;
    }
    current.count += 1;
    return current.count > this.limit ? current.start + this.windowMs - now : 0;
  }

  private sweep(now: number) {
    for (const [source, w] of this.windows) if (w.start + this.windowMs <= now) this.windows.delete(source);
  }
}
