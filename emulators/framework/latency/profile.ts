/** How far away the emulated CRM is: `off` (loopback as it is), a LAN, or the real service. */
export const latencyNames = ['off', 'lan', 'real'] as const;
export type LatencyName = (typeof latencyNames)[number];

export function isLatencyName(text: string): text is LatencyName {
  return (latencyNames as readonly string[]).includes(text);
}

/** What one call costs on top of the emulator's own work. */
export interface LatencyProfile {
  name: LatencyName;
  /** Network round trip plus the service's fixed cost per call. */
  roundTripMs: number;
  /** The service's time per record read or written by the call. */
  serverMsPerRecord: number;
  /** The client's link, shared by its concurrent calls, each way; null: not capped. */
  bytesPerSecond: number | null;
}

export const noLatency: LatencyProfile = {
  name: 'off',
  roundTripMs: 0,
  serverMsPerRecord: 0,
  bytesPerSecond: null,
};

/** A gigabit LAN next to a fast server: the same for every CRM. */
export const lanLatency: LatencyProfile = {
  name: 'lan',
  roundTripMs: 1,
  serverMsPerRecord: 0.01,
  bytesPerSecond: 125_000_000,
};

/** Megabits per second as bytes per second. */
export const megabits = (mbps: number) => (mbps * 1_000_000) / 8;
