import { megabits, type LatencyProfile } from '../framework/latency/profile';

/**
 * Oracle CRM On Demand from a client on the internet (estimates, see emulators/README.md,
 * "Latency"). Its published limits, 10 sessions per company and 20 requests per second per
 * session, hold whatever the profile (`sessions.ts`, `rate-limiter.ts`).
 */
export const oracleRealLatency: LatencyProfile = {
  name: 'real',
  roundTripMs: 200,
  serverMsPerRecord: 1.5,
  bytesPerSecond: megabits(100),
};
