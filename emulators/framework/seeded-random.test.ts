import { describe, expect, it } from 'vitest';
import { RecordRandom, hashString, mix } from './seeded-random';

describe('seeded random', () => {
  it('gives the same draws for the same seed, object, record and salt, in any order', () => {
    const a = new RecordRandom(7, hashString('Contact'));
    const b = new RecordRandom(7, hashString('Contact'));
    const forward = [0, 1, 2, 999_999].map((i) => a.at(i).float('LastName'));
    const backward = [999_999, 2, 1, 0].map((i) => b.at(i).float('LastName')).reverse();
    expect(forward).toEqual(backward);
  });

  it('changes with the seed, the object, the record and the salt', () => {
    const base = new RecordRandom(1, hashString('Contact')).at(5).float('x');
    expect(new RecordRandom(2, hashString('Contact')).at(5).float('x')).not.toBe(base);
    expect(new RecordRandom(1, hashString('Lead')).at(5).float('x')).not.toBe(base);
    expect(new RecordRandom(1, hashString('Contact')).at(6).float('x')).not.toBe(base);
    expect(new RecordRandom(1, hashString('Contact')).at(5).float('y')).not.toBe(base);
  });

  it('spreads draws evenly over [0, 1) and over choices', () => {
    const rnd = new RecordRandom(3, mix(1, 2));
    const buckets = new Array<number>(10).fill(0);
    const values = Array.from({ length: 20_000 }, (_, i) => rnd.at(i).float('v'));
    for (const value of values) {
      const bucket = Math.floor(value * 10);
      buckets[bucket] = (buckets[bucket] ?? 0) + 1;
    }
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(buckets).toHaveLength(10);
    for (const count of buckets) expect(count).toBeGreaterThan(1700);
    const picks = new Set(
      Array.from({ length: 200 }, (_, i) => rnd.at(i).pick('p', ['a', 'b', 'c'])),
    );
    expect(picks).toEqual(new Set(['a', 'b', 'c']));
    expect(rnd.at(1).int('n', 3, 3)).toBe(3);
  });
});
