import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { watchEventLoop, type Stall } from '../event-loop-stalls';

/** What a phase cost the console's process: wall time, memory peaks and event-loop stalls. */
export interface PhaseFigures {
  seconds: number;
  peakRssMb: number;
  /** The main thread's JavaScript heap; the record store's worker thread has its own. */
  peakHeapUsedMb: number;
  worstEventLoopDelayMs: number;
  /** The worst delay counting only the main thread's own running time (event-loop-stalls). */
  worstBusyEventLoopDelayMs: number;
  p99EventLoopDelayMs: number;
  stalls: Stall[];
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const ms = (ns: number) => Math.round(ns / 1e4) / 100;
export const round = (n: number, places = 3) => Math.round(n * 10 ** places) / 10 ** places;

/** Runs `work`, sampling RSS and heap every 50 ms and the event-loop delay throughout. */
export async function sampled<T>(
  work: () => Promise<T>,
): Promise<{ figures: PhaseFigures; value: T }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  const peak = { rss: 0, heap: 0 };
  const sample = () => {
    const usage = process.memoryUsage();
    peak.rss = Math.max(peak.rss, usage.rss);
    peak.heap = Math.max(peak.heap, usage.heapUsed);
  };
  sample();
  const sampler = setInterval(sample, 50);
  histogram.enable();
  const eventLoop = watchEventLoop();
  const start = performance.now();
  let value: T;
  let loop: ReturnType<typeof eventLoop.stop>;
  try {
    value = await work();
  } finally {
    loop = eventLoop.stop();
    histogram.disable();
    clearInterval(sampler);
  }
  const seconds = (performance.now() - start) / 1000;
  sample();
  return {
    value,
    figures: {
      seconds: round(seconds),
      peakRssMb: mb(peak.rss),
      peakHeapUsedMb: mb(peak.heap),
      worstEventLoopDelayMs: loop.worstEventLoopDelayMs,
      worstBusyEventLoopDelayMs: loop.worstBusyEventLoopDelayMs,
      p99EventLoopDelayMs: ms(histogram.percentile(99)),
      stalls: loop.stalls,
    },
  };
}

export const perSecond = (rows: number, seconds: number) =>
  seconds > 0 ? Math.round(rows / seconds) : 0;
