import { mix, unit } from '../../emulators/framework/seeded-random';

/** Where a trial kills the child: at its `call`-th CRM call, before or after it, then a delay. */
export interface KillPoint {
  call: number;
  phase: 'before' | 'after';
  /** Waited after the call before the kill, to land between calls (local writes). */
  delayMs: number;
}

/** A trial's seed: a pure function of the run's seed, the matrix row and the trial. */
export function trialSeed(runSeed: number, row: number, trial: number): number {
  return mix(runSeed, row, trial);
}

const draw = (seed: number, salt: number) => unit(mix(seed, salt));

/** Short enough that most delayed kills land before a one-call operation has finished. */
const maxDelayMs = 40;

/** The kill point of a trial whose uninterrupted run makes `calls` CRM calls. */
export function killPoint(seed: number, calls: number): KillPoint {
  return {
    call: 1 + Math.floor(draw(seed, 1) * Math.max(1, calls)),
    phase: draw(seed, 2) < 0.5 ? 'before' : 'after',
    delayMs: draw(seed, 3) < 0.5 ? 0 : Math.floor(draw(seed, 4) * maxDelayMs),
  };
}

export function describeKill(point: KillPoint, routes: readonly string[]): string {
  const wait = point.delayMs ? ` + ${point.delayMs} ms` : '';
  return `${point.phase} call ${point.call} of ${routes.join('/')}${wait}`;
}

/** Where a config store trial kills its child: after some updates said done, then a delay. */
export interface ConfigKillPoint {
  afterAcks: number;
  delayMs: number;
}

export function configKillPoint(seed: number): ConfigKillPoint {
  return {
    afterAcks: 1 + Math.floor(draw(seed, 1) * 30),
    delayMs: Math.floor(draw(seed, 2) * 8),
  };
}
