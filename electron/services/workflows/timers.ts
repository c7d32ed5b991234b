import { setTimeout as delay } from 'node:timers/promises';
import type { Clock } from '../../core/clock';

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

/** The clock and sleep the engine and timer activities use; tests pass ones they drive. */
export interface Timers extends Clock {
  sleep: Sleep;
}

/** Node's timers hold at most ~24.8 days; a 30-day Wait sleeps in steps. */
const longestTimerMs = 2 ** 31 - 1;

export const realSleep: Sleep = async (ms, signal) => {
  signal.throwIfAborted();
  for (let left = Math.max(0, ms); left > 0; left -= longestTimerMs)
    await delay(Math.min(left, longestTimerMs), undefined, { signal }).catch((error: unknown) => {
      throw signal.aborted ? signal.reason : error;
    });
};

/** Sleeps until the epoch-ms `dueAt` by `timers`' clock; returns at once when already past. */
export async function sleepUntil(
  timers: Timers,
  dueAt: number,
  signal: AbortSignal,
): Promise<void> {
  signal.throwIfAborted();
  const left = dueAt - timers.now();
  if (left > 0) await timers.sleep(left, signal);
}
