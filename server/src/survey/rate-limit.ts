/**
 * A fixed-window counter per key (the caller's address): at most `limit` hits per `windowMs`.
 * Enough for the respondent endpoints, whose callers are a few hundred institutions; the window
 * map is swept as it is used, so it never outgrows the callers of one window.
 */
export class RateLimiter {
  private windows = new Map<string, { start: number; hits: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Counts a hit; returns 0 when allowed, else the seconds until the key may try again. */
  hit(key: string): number {
    const t = this.clock();
    if (this.windows.size > 10_000) {
      for (const [k, w] of this.windows) if (t - w.start >= this.windowMs) this.windows.delete(k);
    }
    let w = this.windows.get(key);
    if (!w || t - w.start >= this.windowMs) {
      w = { start: t, hits: 0 };
      this.windows.set(key, w);
    }
    w.hits += 1;
    return w.hits <= this.limit ? 0 : Math.ceil((w.start + this.windowMs - t) / 1000);
  }
}
