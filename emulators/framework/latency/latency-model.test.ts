import { describe, expect, it } from 'vitest';
import type { EmulatorRequest, EmulatorResponse } from '../http-types';
import { LatencyModel } from './latency-model';
import { SharedLink } from './link';
import { InFlight, SlidingWindow } from './limits';
import type { LatencyProfile } from './profile';
import { ManualTimers } from './timers';

const profile: LatencyProfile = {
  name: 'real',
  roundTripMs: 100,
  serverMsPerRecord: 0.5,
  bytesPerSecond: 1_000_000,
};

const request = (bytes = 0): EmulatorRequest => ({
  method: 'GET',
  url: new URL('https://127.0.0.1/x'),
  headers: {},
  body: Buffer.alloc(bytes),
  params: {},
});
const answer = (bytes: number, records?: number): EmulatorResponse => ({
  status: 200,
  body: 'x'.repeat(bytes),
  records,
});

describe('latency model', () => {
  it('costs a round trip, the server time per record and both bodies over the link', () => {
    const model = new LatencyModel(profile, new ManualTimers());
    // 100 ms + 2,000 × 0.5 ms + (1,000 + 500,000 bytes at 1 MB/s).
    expect(model.durationMs(request(1000), answer(500_000, 2000))).toBe(100 + 1000 + 1 + 500);
    expect(model.durationMs(request(), { status: 204 })).toBe(100);
  });

  it('shares the bandwidth between concurrent calls: the second transfer waits for the first', () => {
    const timers = new ManualTimers();
    const model = new LatencyModel(profile, timers);
    expect(model.durationMs(request(), answer(1_000_000))).toBe(100 + 1000);
    expect(model.durationMs(request(), answer(1_000_000))).toBe(100 + 2000);
    timers.advance(5000);
    expect(model.durationMs(request(), answer(1_000_000))).toBe(100 + 1000);
  });

  it('leaves an uncapped link free', () => {
    const link = new SharedLink(null);
    expect(link.reserve(10_000_000, 0)).toBe(0);
  });

  it('admits every call when the service has no limits', () => {
    const model = new LatencyModel(profile, new ManualTimers());
    expect('ticket' in model.admit(request(), 'query')).toBe(true);
  });
});

describe('limit counters', () => {
  it('counts calls in flight and those modeled at or above a duration', () => {
    const inFlight = new InFlight();
    const a = inFlight.enter();
    const b = inFlight.enter();
    a.planned(25_000);
    b.planned(300);
    expect(inFlight.count).toBe(2);
    expect(inFlight.atLeast(20_000)).toBe(1);
    a.release();
    expect(inFlight.atLeast(20_000)).toBe(0);
    expect(inFlight.count).toBe(1);
  });

  it('forgets amounts once they leave the sliding window, and says how long until then', () => {
    const window = new SlidingWindow(1000);
    window.add(0, 2);
    window.add(400, 3);
    expect(window.total(999)).toBe(5);
    expect(window.waitMs(999)).toBe(1);
    expect(window.total(1000)).toBe(3);
    expect(window.waitMs(1000)).toBe(400);
    expect(window.total(1400)).toBe(0);
  });
});

describe('manual timers', () => {
  it('ends sleeps in order as time advances, never by the wall clock', async () => {
    const timers = new ManualTimers();
    const ended: number[] = [];
    void timers.sleep(300).then(() => ended.push(300));
    void timers.sleep(100).then(() => ended.push(100));
    await timers.whenWaiting(2);
    timers.advance(150);
    await Promise.resolve();
    expect(ended).toEqual([100]);
    timers.advance(150);
    await Promise.resolve();
    expect(ended).toEqual([100, 300]);
    expect(timers.requested).toEqual([300, 100]);
  });

  it('runs work to its end in virtual time', async () => {
    const timers = new ManualTimers();
    const work = (async () => {
      await timers.sleep(1000);
      await timers.sleep(500);
      return 'done';
    })();
    expect(await timers.runUntil(work)).toBe('done');
    expect(timers.now()).toBe(1500);
  });
});
