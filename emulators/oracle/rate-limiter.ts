/** Oracle's Web Services request rate: 20 requests in any second, per session. */
export const requestsPerSecond = 20;

/**
 * A sliding one-second window of request times per session key. A request over the limit is
 * refused with the wait until the oldest request of the window leaves it.
 */
export class RateLimiter {
  private readonly windows = new Map<string, number[]>();

  constructor(
    private readonly now: () => number,
    private readonly limit = requestsPerSecond,
  ) {}

  /** Null when the request may go on (and is counted); else the milliseconds to wait. */
  admit(key: string): number | null {
    const now = this.now();
    const window = (this.windows.get(key) ?? []).filter((at) => now - at < 1000);
    if (window.length >= this.limit) {
      this.windows.set(key, window);
      return Math.max(1, 1000 - (now - (window[0] as number)));
    }
    window.push(now);
    this.windows.set(key, window);
    return null;
  }

  forget(key: string): void {
    this.windows.delete(key);
  }
}
