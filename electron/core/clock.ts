/**
 * Where "now" comes from. The console reads the time only through the clock it was given, so a
 * test can set "now" for the services, the connectors and the emulators at once.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

/** The system's clock: what the console runs on outside tests. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock that stands still until moved; tests and the emulators' demo data use it. */
export class SettableClock implements Clock {
  constructor(private at: number) {}

  now(): number {
    return this.at;
  }

  set(at: number | Date): void {
    this.at = typeof at === 'number' ? at : at.getTime();
  }

  advance(ms: number): void {
    this.at += ms;
  }
}
