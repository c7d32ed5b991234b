import { LatencyModel } from './latency-model';
import type { RequestLimits } from './limits';
import { lanLatency, type LatencyName, type LatencyProfile } from './profile';
import { RealTimers, type Timers } from './timers';

/** What an emulator's options say about latency. */
export interface LatencyOptions {
  /** `off` (default): answers as fast as the emulator computes them, no service limits. */
  latency?: LatencyName;
  /** Where the delays are measured and waited (default: real timers); tests pass ManualTimers. */
  timers?: Timers;
}

export interface EmulatorLatency {
  /** Absent with `off`. */
  model: LatencyModel | undefined;
  profile: LatencyName;
  /** Ends the waits still pending (the real timers only). */
  close(): void;
}

/**
 * The latency model of one emulator: its CRM's `real` profile and limits, or the common `lan`
 * profile (with the same limits, as the service's rules do not depend on the network).
 */
export function emulatorLatency(
  options: LatencyOptions,
  real: LatencyProfile,
  limits: (timers: Timers) => RequestLimits | null,
): EmulatorLatency {
  const profile = options.latency ?? 'off';
  if (profile === 'off') return { model: undefined, profile, close: () => undefined };
  const owned = options.timers ? null : new RealTimers();
  const timers = options.timers ?? (owned as RealTimers);
  const model = new LatencyModel(profile === 'real' ? real : lanLatency, timers, limits(timers));
  return { model, profile, close: () => owned?.close() };
}
