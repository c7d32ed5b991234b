import { InFlight, SlidingWindow, type RequestLimits } from '../framework/latency/limits';
import { megabits, type LatencyProfile } from '../framework/latency/profile';
import type { Timers } from '../framework/latency/timers';
import { serviceProtection } from './dialect';
import { odataError } from './responses';

/**
 * Dataverse from a client on the internet. The round trip and per-record time are estimates
 * (see emulators/README.md, "Latency"); the limits below are Microsoft's published ones.
 */
export const dynamicsRealLatency: LatencyProfile = {
  name: 'real',
  roundTripMs: 120,
  serverMsPerRecord: 0.3,
  bytesPerSecond: megabits(100),
};

/** Service protection, per user: over a 5-minute sliding window, and at once. */
export const serviceProtectionLimits = {
  windowMs: 300_000,
  requests: 6000,
  executionMs: 1_200_000,
  concurrent: 52,
};

/**
 * Dataverse's service protection limits, counted for the emulator's one API user: 429 with the
 * documented code and a Retry-After when a window is full or 52 calls are already in flight.
 */
export function dynamicsLimits(timers: Timers, limits = serviceProtectionLimits): RequestLimits {
  const inFlight = new InFlight();
  const requests = new SlidingWindow(limits.windowMs);
  const execution = new SlidingWindow(limits.windowMs);
  const refuse = (
    limit: (typeof serviceProtection)[keyof typeof serviceProtection],
    waitMs: number,
  ) => ({
    refused: odataError(429, limit.code, limit.message, {
      'Retry-After': String(Math.ceil(waitMs / 1000)),
    }),
  });
  return {
    admit: (_req, _route, now) => {
      if (inFlight.count >= limits.concurrent) return refuse(serviceProtection.concurrency, 1000);
      if (requests.total(now) >= limits.requests)
        return refuse(serviceProtection.requests, requests.waitMs(now));
      if (execution.total(now) >= limits.executionMs)
        return refuse(serviceProtection.executionTime, execution.waitMs(now));
      requests.add(now, 1);
      return {
        ticket: inFlight.enter((durationMs) => execution.add(timers.now(), durationMs)),
      };
    },
  };
}
