import { z } from 'zod';
import { latencyNames } from '../../emulators/framework/latency/profile';

/** One contestant of a case: the console, a naive baseline, or a reference such as the emulator. */
export const contestantSchema = z.object({
  name: z.string(),
  /** `baseline`: a naive client the console is compared with; `reference`: shown, not compared. */
  role: z.enum(['console', 'baseline', 'reference']),
  records: z.number().int().nonnegative(),
  seconds: z.number().nonnegative(),
  recordsPerSecond: z.number().nonnegative(),
  /** The contestant's own process; null when it shares one (the request-rate bound is computed). */
  peakRssMb: z.number().nonnegative().nullable(),
  worstEventLoopDelayMs: z.number().nonnegative().nullable(),
  /** CPU time of the contestant's process, all its threads: less skewed by the load than time. */
  cpuSeconds: z.number().nonnegative().nullable(),
  note: z.string().optional(),
  /** CPU time the emulator process spent during the contestant's run (serving it). */
  emulatorCpuSeconds: z.number().nonnegative().optional(),
  /** Oracle: the Web Services sessions the contestant used (its request-rate bound is per session). */
  sessions: z.number().int().nonnegative().optional(),
});
export type Contestant = z.infer<typeof contestantSchema>;

export const caseResultSchema = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  measuredAt: z.iso.datetime(),
  latency: z.enum(latencyNames),
  rows: z.number().int().nonnegative(),
  machine: z.object({
    cpus: z.number().int().positive(),
    loadAverageAtStart: z.number().nonnegative(),
    loadAverageAtEnd: z.number().nonnegative(),
  }),
  contestants: z.array(contestantSchema).min(1),
  /** The console's records per second over each baseline's, by the baseline's name. */
  ratios: z.record(z.string(), z.number()),
  target: z.object({ text: z.string(), met: z.boolean(), figure: z.string() }),
});
export type CaseResult = z.infer<typeof caseResultSchema>;

export const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

/** How many times faster `subject` went than `baseline`; 0 when the baseline did nothing. */
export function ratio(subject: number, baseline: number): number {
  return baseline > 0 ? round(subject / baseline) : 0;
}

export function perSecond(records: number, seconds: number): number {
  return seconds > 0 ? Math.round(records / seconds) : 0;
}

/** The console's ratio to each baseline of the case. */
export function ratiosOf(contestants: readonly Contestant[]): Record<string, number> {
  const subject = contestants.find((c) => c.role === 'console');
  if (!subject) throw new Error('A case needs the console among its contestants.');
  return Object.fromEntries(
    contestants
      .filter((c) => c.role === 'baseline')
      .map((c) => [c.name, ratio(subject.recordsPerSecond, c.recordsPerSecond)]),
  );
}

/** The console's contestant of a result. */
export function consoleOf(result: Pick<CaseResult, 'contestants'>): Contestant {
  const subject = result.contestants.find((c) => c.role === 'console');
  if (!subject) throw new Error('A case result has no console contestant.');
  return subject;
}
