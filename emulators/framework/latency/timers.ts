import { performance } from 'node:perf_hooks';

/**
 * Where the latency model reads time and waits. The real one is the process's monotonic clock
 * and `setTimeout`; tests pass `ManualTimers`, whose time moves only when told, so no test
 * depends on wall time.
 */
export interface Timers {
  /** Milliseconds on a monotonic scale (only differences matter). */
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** Waits that `close()` ends early, so a stopping server leaves no timer behind. */
export class RealTimers implements Timers {
  private readonly pending = new Map<NodeJS.Timeout, () => void>();

  now(): number {
    return performance.now();
  }

  sleep(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(timer);
        resolve();
      }, ms);
      this.pending.set(timer, resolve);
    });
  }

  close(): void {
    for (const [timer, resolve] of this.pending) {
      clearTimeout(timer);
      resolve();
    }
    this.pending.clear();
  }
}

/** Virtual time for tests: sleeps end, in order, as `advance` moves the time past them. */
export class ManualTimers implements Timers {
  private at = 0;
  private sleepers: { until: number; resolve: () => void }[] = [];
  private listeners: (() => void)[] = [];
  /** Every sleep asked for, in milliseconds, in order. */
  readonly requested: number[] = [];

  now(): number {
    return this.at;
  }

  sleep(ms: number): Promise<void> {
    this.requested.push(ms);
    if (ms <= 0) return Promise.resolve();
    const slept = new Promise<void>((resolve) => {
      this.sleepers.push({ until: this.at + ms, resolve });
      this.sleepers.sort((a, b) => a.until - b.until);
    });
    const listeners = this.listeners;
    this.listeners = [];
    for (const listener of listeners) listener();
    return slept;
  }

  /** Resolves once `count` sleeps are pending. */
  async whenWaiting(count: number): Promise<void> {
    while (this.sleepers.length < count)
      await new Promise<void>((resolve) => this.listeners.push(resolve));
  }

  /**
   * Settles `work` in virtual time: whenever everything waits on a sleep, time jumps to the
   * next one due. The work's real socket traffic runs as usual in between.
   */
  async runUntil<T>(work: Promise<T>): Promise<T> {
    let finished = false;
    const done = work.finally(() => {
      finished = true;
      for (const listener of this.listeners) listener();
      this.listeners = [];
    });
    while (!finished) {
      await Promise.race([done.catch(() => undefined), this.whenWaiting(1)]);
      const next = this.sleepers[0];
      if (!finished && next) this.advance(next.until - this.at);
    }
    return done;
  }

  /** Sleepers waiting now. */
  get waiting(): number {
    return this.sleepers.length;
  }

  advance(ms: number): void {
    this.at += ms;
    const due = this.sleepers.filter((sleeper) => sleeper.until <= this.at);
    this.sleepers = this.sleepers.filter((sleeper) => sleeper.until > this.at);
    for (const sleeper of due) sleeper.resolve();
  }
}
