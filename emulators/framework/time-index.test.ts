import { describe, expect, it } from 'vitest';
import { TimeIndex } from './time-index';

describe('TimeIndex', () => {
  // Whole seconds with many records on the same second, as the generated stores have them.
  const times = Array.from(
    { length: 5000 },
    (_, ref) => 1_700_000_000_000 + ((ref * 7919) % 977) * 1000,
  );
  const index = TimeIndex.build(times.length, (ref) => times[ref] as number);
  const brute = (from: number | null, to: number | null) =>
    times.flatMap((at, ref) =>
      (from === null || at >= from) && (to === null || at <= to) ? [ref] : [],
    );
  const sorted = (refs: Int32Array | undefined) => [...(refs ?? [])].sort((a, b) => a - b);

  it('finds the refs of a range, both bounds included, in time order', () => {
    const from = 1_700_000_000_000 + 100_000;
    const to = 1_700_000_000_000 + 200_000;
    const refs = index?.refsIn({ from, to });
    expect(sorted(refs)).toEqual(brute(from, to));
    const atTimes = [...(refs ?? [])].map((ref) => times[ref] as number);
    expect(atTimes).toEqual([...atTimes].sort((a, b) => a - b));
    expect(index?.count({ from, to })).toBe(brute(from, to).length);
  });

  it('answers open, empty and single-second ranges', () => {
    const second = 1_700_000_000_000 + 500_000;
    expect(sorted(index?.refsIn({ from: null, to: second }))).toEqual(brute(null, second));
    expect(sorted(index?.refsIn({ from: second, to: null }))).toEqual(brute(second, null));
    expect(sorted(index?.refsIn({ from: second, to: second }))).toEqual(brute(second, second));
    expect(index?.count({ from: second + 1, to: second - 1 })).toBe(0);
    expect(index?.count({ from: null, to: null })).toBe(times.length);
  });
});
