import { beforeEach, describe, expect, it } from 'vitest';
import { SettableClock } from '../../core/clock';
import { LogonThrottle } from './logon-throttle';

const clock = new SettableClock(0);
let throttle: LogonThrottle;

beforeEach(() => {
  clock.set(1_700_000_000_000);
  throttle = new LogonThrottle(clock);
});

const fail = (operator: string, times: number) => {
  for (let i = 0; i < times; i++) throttle.recordFailure(operator);
};

describe('LogonThrottle', () => {
  it('lets four failures in a row pass and locks for 30 s at the fifth', () => {
    fail('admin', 4);
    expect(throttle.waitFor('admin')).toBe(0);
    fail('admin', 1);
    expect(throttle.waitFor('admin')).toBe(30_000);
  });

  it('counts the lock down with the clock and lifts it when it runs out', () => {
    fail('admin', 5);
    clock.advance(29_999);
    expect(throttle.waitFor('admin')).toBe(1);
    clock.advance(1);
    expect(throttle.waitFor('admin')).toBe(0);
  });

  it('doubles the lock with each further failure, up to 15 minutes', () => {
    const locks: number[] = [];
    for (let i = 0; i < 12; i++) {
      throttle.recordFailure('admin');
      locks.push(throttle.waitFor('admin'));
      clock.advance(locks.at(-1) ?? 0);
    }
    expect(locks).toEqual([
      0, 0, 0, 0, 30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000,
    ]);
  });

  it('follows the rules it is given', () => {
    throttle = new LogonThrottle(clock, {
      freeAttempts: 2,
      firstDelayMs: 1_000,
      maxDelayMs: 3_000,
    });
    fail('admin', 1);
    expect(throttle.waitFor('admin')).toBe(0);
    fail('admin', 1);
    expect(throttle.waitFor('admin')).toBe(1_000);
    fail('admin', 1);
    expect(throttle.waitFor('admin')).toBe(2_000);
    fail('admin', 1);
    expect(throttle.waitFor('admin')).toBe(3_000);
  });

  it('starts counting afresh after a success', () => {
    fail('admin', 5);
    throttle.recordSuccess('admin');
    expect(throttle.waitFor('admin')).toBe(0);
    fail('admin', 4);
    expect(throttle.waitFor('admin')).toBe(0);
    fail('admin', 1);
    expect(throttle.waitFor('admin')).toBe(30_000);
  });

  it('counts per operator name, whatever its case', () => {
    fail('Admin', 3);
    fail('ADMIN', 2);
    fail('other', 4);
    expect(throttle.waitFor('admin')).toBe(30_000);
    expect(throttle.waitFor('aDmIn')).toBe(30_000);
    expect(throttle.waitFor('other')).toBe(0);
    expect(throttle.waitFor('nobody')).toBe(0);
    throttle.recordSuccess('ADMIN');
    expect(throttle.waitFor('admin')).toBe(0);
  });
});
