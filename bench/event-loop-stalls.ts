import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

/** A gap between two ticks of the main thread's timer, and what the thread did during it. */
export interface Stall {
  delayMs: number;
  /** CPU time the main thread itself used during the gap. */
  cpuMs: number;
  /** Time it was ready to run but waited for a core (null where the kernel does not say). */
  waitingMs: number | null;
}

export interface EventLoopFigures {
  worstEventLoopDelayMs: number;
  /**
   * The worst delay counting only the time the main thread was running: a stall is the
   * console's own work to the extent of the CPU the thread used in it, the rest is a loaded
   * machine not giving the thread a core.
   */
  worstBusyEventLoopDelayMs: number;
  /** The longest stalls, longest first. */
  stalls: Stall[];
}

const tickMs = 5;
/** Gaps shorter than this are not stalls worth listing. */
const stallMs = 50;
const listed = 5;
const ms = (ns: number) => Math.round(ns / 1e4) / 100;

/**
 * The main thread's time on a core and waiting for one, in nanoseconds: Linux's schedstat of
 * the thread whose id is the process id. Elsewhere, the CPU time of the whole process (all its
 * threads: an upper bound) and no waiting time.
 */
function mainThreadTimes(): { cpuNs: number; waitingNs: number | null } {
  try {
    const [cpu, waiting] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8')
      .split(' ')
      .map(Number);
    if (Number.isFinite(cpu) && Number.isFinite(waiting))
      return { cpuNs: cpu as number, waitingNs: waiting as number };
  } catch {
    // Not Linux: the process-wide figure below.
  }
  const { user, system } = process.cpuUsage();
  return { cpuNs: (user + system) * 1000, waitingNs: null };
}

/**
 * Watches the main thread's event loop until `stop`: the worst delay (as
 * monitorEventLoopDelay measures it) and, for each gap of more than 50 ms between two ticks
 * of a 5 ms timer, how much of it the thread spent running and how much waiting for a core.
 */
export function watchEventLoop(): { stop(): EventLoopFigures } {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const stalls: Stall[] = [];
  let last = { at: performance.now(), ...mainThreadTimes() };
  const ticker = setInterval(() => {
    const now = { at: performance.now(), ...mainThreadTimes() };
    const delayMs = now.at - last.at - tickMs;
    if (delayMs > stallMs)
      stalls.push({
        delayMs: Math.round(delayMs * 100) / 100,
        cpuMs: ms(now.cpuNs - last.cpuNs),
        waitingMs:
          now.waitingNs === null || last.waitingNs === null
            ? null
            : ms(now.waitingNs - last.waitingNs),
      });
    last = now;
  }, tickMs);
  return {
    stop() {
      clearInterval(ticker);
      histogram.disable();
      return {
        worstEventLoopDelayMs: ms(histogram.max),
        worstBusyEventLoopDelayMs: Math.max(0, ...stalls.map((s) => Math.min(s.delayMs, s.cpuMs))),
        stalls: stalls.sort((a, b) => b.delayMs - a.delayMs).slice(0, listed),
      };
    },
  };
}
