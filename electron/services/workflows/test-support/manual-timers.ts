import type { Timers } from '../timers';

interface Sleeper {
  until: number;
  resolve: () => void;
}

export interface ManualTimers extends Timers {
  /** Moves the clock on and wakes every sleeper now due. */
  advance(ms: number): void;
  /** Resolves with the sleep's length once something sleeps (at once if something does). */
  sleeping(): Promise<number>;
  /** The lengths of every sleep asked for, in order. */
  readonly slept: number[];
}

/** A clock that moves only when told, so tests never wait real minutes. */
export function manualTimers(start = Date.parse('2026-11-20T08:00:00.000Z')): ManualTimers {
  let now = start;
  const sleepers = new Set<Sleeper>();
  const waiters: ((ms: number) => void)[] = [];
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: (ms, signal) => {
      signal.throwIfAborted();
      slept.push(ms);
      return new Promise<void>((resolve, reject) => {
        const sleeper: Sleeper = { until: now + ms, resolve };
        signal.addEventListener(
          'abort',
          () => {
            sleepers.delete(sleeper);
            reject(signal.reason as Error);
          },
          { once: true },
        );
        sleepers.add(sleeper);
        for (const waiter of waiters.splice(0)) waiter(ms);
      });
    },
    advance: (ms) => {
      now += ms;
      for (const sleeper of [...sleepers])
        if (sleeper.until <= now) {
          sleepers.delete(sleeper);
          sleeper.resolve();
        }
    },
    sleeping: () => {
      const first = [...sleepers][0];
      if (first) return Promise.resolve(first.until - now);
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}
