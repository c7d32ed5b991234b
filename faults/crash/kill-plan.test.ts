import { describe, expect, it } from 'vitest';
import { configKillPoint, describeKill, killPoint, trialSeed } from './kill-plan';

describe('kill plan', () => {
  it('gives the same point for the same seed, and spreads points over the calls', () => {
    expect(killPoint(42, 4)).toEqual(killPoint(42, 4));
    const points = Array.from({ length: 200 }, (_, i) => killPoint(trialSeed(7, 1, i), 4));
    expect(new Set(points.map((p) => p.call))).toEqual(new Set([1, 2, 3, 4]));
    expect(new Set(points.map((p) => p.phase))).toEqual(new Set(['before', 'after']));
    expect(points.every((p) => p.delayMs >= 0 && p.delayMs < 40)).toBe(true);
    expect(points.some((p) => p.delayMs === 0) && points.some((p) => p.delayMs > 0)).toBe(true);
  });

  it('kills at the one call an operation of one call makes', () => {
    expect(killPoint(3, 1).call).toBe(1);
    expect(killPoint(3, 0).call).toBe(1);
  });

  it('gives each row and trial its own seed', () => {
    expect(trialSeed(7, 1, 0)).not.toBe(trialSeed(7, 1, 1));
    expect(trialSeed(7, 1, 0)).not.toBe(trialSeed(7, 2, 0));
    expect(trialSeed(7, 1, 0)).toBe(trialSeed(7, 1, 0));
  });

  it('words the point, and kills the config store after a few updates', () => {
    expect(describeKill({ call: 2, phase: 'after', delayMs: 15 }, ['query', 'queryMore'])).toBe(
      'after call 2 of query/queryMore + 15 ms',
    );
    const point = configKillPoint(9);
    expect(point.afterAcks).toBeGreaterThanOrEqual(1);
    expect(point.afterAcks).toBeLessThanOrEqual(30);
    expect(point.delayMs).toBeLessThan(8);
  });
});
