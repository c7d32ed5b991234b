import type { EmulatorRequest, EmulatorResponse } from '../http-types';
import type { Admission, RequestLimits } from './limits';
import { SharedLink } from './link';
import type { LatencyProfile } from './profile';
import type { Timers } from './timers';

const admitted: Admission = { ticket: { planned: () => undefined, release: () => undefined } };

/**
 * Turns a call into the time it would take against the real service: the round trip, the
 * server's time per record, and the transfer of both bodies over the client's shared link.
 * Limits (concurrency, rate) are admitted before the call runs.
 */
export class LatencyModel {
  private readonly up: SharedLink;
  private readonly down: SharedLink;

  constructor(
    readonly profile: LatencyProfile,
    readonly timers: Timers,
    private readonly limits: RequestLimits | null = null,
  ) {
    this.up = new SharedLink(profile.bytesPerSecond);
    this.down = new SharedLink(profile.bytesPerSecond);
  }

  admit(req: EmulatorRequest, routeName: string): Admission {
    return this.limits ? this.limits.admit(req, routeName, this.timers.now()) : admitted;
  }

  /** The modeled duration of a call, reserving its transfers on the link. */
  durationMs(req: EmulatorRequest, res: EmulatorResponse): number {
    const { roundTripMs, serverMsPerRecord } = this.profile;
    const now = this.timers.now();
    const sent = this.up.reserve(req.body.length, now);
    const received = this.down.reserve(bodyBytes(res), now);
    return roundTripMs + serverMsPerRecord * (res.records ?? 0) + sent + received;
  }
}

function bodyBytes(res: EmulatorResponse): number {
  if (res.body === undefined) return 0;
  return typeof res.body === 'string' ? Buffer.byteLength(res.body) : res.body.length;
}
