import type { LatencyProfile } from '../framework/latency/profile';
import { megabits } from '../framework/latency/profile';
import { InFlight, type RequestLimits } from '../framework/latency/limits';
import { apiError } from './responses';

/**
 * Salesforce from a client on the internet. The round trip and per-record time are estimates
 * (see emulators/README.md, "Latency"): a 2,000-record query page then takes about a second.
 */
export const salesforceRealLatency: LatencyProfile = {
  name: 'real',
  roundTripMs: 150,
  serverMsPerRecord: 0.25,
  bytesPerSecond: megabits(100),
};

/** Production orgs and sandboxes: 25 concurrent calls of 20 s or longer (Developer Edition: 5). */
export const longRunningLimit = { maxRequests: 25, thresholdMs: 20_000 };

/**
 * Salesforce's concurrent API request limit: while 25 calls modeled to last 20 s or more are in
 * flight, a new call is refused with REQUEST_LIMIT_EXCEEDED. Shorter calls are not limited.
 */
export function salesforceLimits(limit = longRunningLimit): RequestLimits {
  const inFlight = new InFlight();
  return {
    admit: () =>
      inFlight.atLeast(limit.thresholdMs) >= limit.maxRequests
        ? {
            refused: apiError(
              403,
              'REQUEST_LIMIT_EXCEEDED',
              'ConcurrentPerOrgLongTxn Limit exceeded.',
            ),
          }
        : { ticket: inFlight.enter() },
  };
}
