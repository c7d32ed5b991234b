import type { EmulatorRequest, EmulatorResponse } from '../http-types';

/** One admitted call, told its modeled duration once known and released when answered. */
export interface LimitTicket {
  planned(durationMs: number): void;
  release(): void;
}

export type Admission = { refused: EmulatorResponse } | { ticket: LimitTicket };

/** A service's request limits (concurrency, rate), worded in its dialect. */
export interface RequestLimits {
  admit(req: EmulatorRequest, routeName: string, now: number): Admission;
}

/** Calls in flight, each with its modeled duration once known. */
export class InFlight {
  private readonly calls = new Set<{ durationMs: number }>();

  get count(): number {
    return this.calls.size;
  }

  /** Calls whose modeled duration is at least `ms`. */
  atLeast(ms: number): number {
    let n = 0;
    for (const call of this.calls) if (call.durationMs >= ms) n += 1;
    return n;
  }

  enter(onPlanned: (durationMs: number) => void = () => undefined): LimitTicket {
    const call = { durationMs: 0 };
    this.calls.add(call);
    return {
      planned: (durationMs) => {
        call.durationMs = durationMs;
        onPlanned(durationMs);
      },
      release: () => {
        this.calls.delete(call);
      },
    };
  }
}

/** Amounts (requests, milliseconds of work) counted over a sliding window of time. */
export class SlidingWindow {
  private entries: { at: number; amount: number }[] = [];

  constructor(private readonly windowMs: number) {}

  total(now: number): number {
    this.entries = this.entries.filter((entry) => now - entry.at < this.windowMs);
    return this.entries.reduce((sum, entry) => sum + entry.amount, 0);
  }

  add(now: number, amount: number): void {
    this.entries.push({ at: now, amount });
  }

  /** Milliseconds until the oldest entry leaves the window (at least 1). */
  waitMs(now: number): number {
    const oldest = this.entries[0];
    return oldest ? Math.max(1, this.windowMs - (now - oldest.at)) : 1;
  }
}
