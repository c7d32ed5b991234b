/** Bounds of a time range, both included; null: open on that side. */
export interface TimeBounds {
  from: number | null;
  to: number | null;
}

/**
 * The generated records of an object ordered by one of their audit times (created, modified,
 * stamp), as a CRM's index on that field: a range is found by binary search instead of a scan.
 * Built once, from the generated values only; what the API changed later is the store's to add.
 */
export class TimeIndex {
  private constructor(
    /** Generated refs in time order. */
    private readonly refs: Int32Array,
    /** Their times, in the same order. */
    private readonly times: Float64Array,
  ) {}

  /**
   * Sorts `count` refs by `timeOf(ref)` (whole seconds, as the stores keep them), or null when
   * the times span too much to be sorted as one number each.
   */
  static build(count: number, timeOf: (ref: number) => number): TimeIndex | null {
    const times = new Float64Array(count);
    let min = Infinity;
    let max = -Infinity;
    for (let ref = 0; ref < count; ref++) {
      const at = timeOf(ref);
      times[ref] = at;
      if (at < min) min = at;
      if (at > max) max = at;
    }
    // Sorting one float per record (seconds since the earliest, times the count, plus the ref)
    // is a typed-array sort, far quicker than a comparator over a million records.
    const span = count === 0 ? 0 : Math.floor((max - min) / 1000) + 1;
    if (span * count >= Number.MAX_SAFE_INTEGER) return null;
    const keys = new Float64Array(count);
    for (let ref = 0; ref < count; ref++)
      keys[ref] = Math.floor(((times[ref] as number) - min) / 1000) * count + ref;
    keys.sort();
    const refs = new Int32Array(count);
    const sortedTimes = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const ref = (keys[i] as number) % count;
      refs[i] = ref;
      sortedTimes[i] = times[ref] as number;
    }
    return new TimeIndex(refs, sortedTimes);
  }

  /** How many generated records lie in the range. */
  count(bounds: TimeBounds): number {
    const [start, end] = this.span(bounds);
    return end - start;
  }

  /** The generated refs in the range, in time order. */
  refsIn(bounds: TimeBounds): Int32Array {
    const [start, end] = this.span(bounds);
    return this.refs.subarray(start, end);
  }

  private span(bounds: TimeBounds): [number, number] {
    const start = bounds.from === null ? 0 : this.firstAtLeast(bounds.from);
    const end = bounds.to === null ? this.times.length : this.firstAtLeast(bounds.to + 1);
    return [start, Math.max(start, end)];
  }

  /** The first position whose time is at least `at`. */
  private firstAtLeast(at: number): number {
    let lo = 0;
    let hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.times[mid] as number) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
