import type { Clock } from '../../core/clock';
import { nameKey } from '../../../shared/domain/names';

export interface ThrottleRules {
  /** Failed attempts in a row allowed before logon is refused for a while. */
  freeAttempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export const defaultThrottleRules: ThrottleRules = {
  freeAttempts: 5,
  firstDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
};

interface Track {
  failures: number;
  lockedUntil: number;
}

/**
 * Counts failed logons in a row per operator name (known or not, so probing names is throttled
 * too). From the fifth failure on, each failure refuses logon for twice as long as the last.
 */
export class LogonThrottle {
  private readonly tracks = new Map<string, Track>();

  constructor(
    private readonly clock: Clock,
    private readonly rules: ThrottleRules = defaultThrottleRules,
  ) {}

  /** Milliseconds until this operator may try again; 0 when they may now. */
  waitFor(operator: string): number {
    const track = this.tracks.get(nameKey(operator));
    return track ? Math.max(0, track.lockedUntil - this.clock.now()) : 0;
  }

  recordFailure(operator: string): void {
    const key = nameKey(operator);
    const track = this.tracks.get(key) ?? { failures: 0, lockedUntil: 0 };
    track.failures += 1;
    const beyond = track.failures - this.rules.freeAttempts;
    if (beyond >= 0) {
      const delay = Math.min(this.rules.firstDelayMs * 2 ** beyond, this.rules.maxDelayMs);
      track.lockedUntil = this.clock.now() + delay;
    }
    this.tracks.set(key, track);
  }

  recordSuccess(operator: string): void {
    this.tracks.delete(nameKey(operator));
  }
}
