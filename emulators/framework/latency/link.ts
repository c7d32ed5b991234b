/**
 * A link of fixed bandwidth shared by every call: a transfer starts when the link is free and
 * holds it for its size over the bandwidth, so concurrent calls cannot beat the cap together.
 */
export class SharedLink {
  private freeAt = 0;

  constructor(private readonly bytesPerSecond: number | null) {}

  /** Reserves the link for `bytes` from `now`; the milliseconds until that transfer is done. */
  reserve(bytes: number, now: number): number {
    if (this.bytesPerSecond === null || bytes <= 0) return 0;
    const start = Math.max(now, this.freeAt);
    this.freeAt = start + (bytes / this.bytesPerSecond) * 1000;
    return this.freeAt - now;
  }
}
