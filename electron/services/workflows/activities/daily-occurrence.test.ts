import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nextDailyOccurrence } from './daily-occurrence';

const local = (y: number, mo: number, d: number, h: number, mi: number) =>
  new Date(y, mo - 1, d, h, mi).getTime();

describe('nextDailyOccurrence', () => {
  it('is later the same day when the time is still to come', () => {
    expect(nextDailyOccurrence('09:30', local(2026, 11, 20, 8, 0))).toBe(
      local(2026, 11, 20, 9, 30),
    );
  });

  it('is the very moment when called at the time', () => {
    expect(nextDailyOccurrence('09:30', local(2026, 11, 20, 9, 30))).toBe(
      local(2026, 11, 20, 9, 30),
    );
  });

  it('is the next day once the time has passed, across a month end', () => {
    expect(nextDailyOccurrence('06:00', local(2026, 11, 30, 6, 1))).toBe(local(2026, 12, 1, 6, 0));
  });

  describe('in zones with daylight saving', () => {
    let zone: string | undefined;
    beforeEach(() => {
      zone = process.env.TZ;
    });
    afterEach(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });
    /** The occurrences after `from`, as UTC instants. */
    const series = (time: string, from: string, count: number): string[] => {
      const out: string[] = [];
      let at = Date.parse(from);
      for (let i = 0; i < count; i++) {
        at = nextDailyOccurrence(time, at);
        out.push(new Date(at).toISOString());
        at += 1;
      }
      return out;
    };

    it('keeps the wall-clock time on the day the clocks go forward', () => {
      process.env.TZ = 'Europe/Paris';
      // 29 March 2026: 02:00 becomes 03:00 in Paris, so 06:30 is 04:30 UTC, not 05:30.
      expect(series('06:30', '2026-03-28T09:00:00Z', 2)).toEqual([
        '2026-03-29T04:30:00.000Z',
        '2026-03-30T04:30:00.000Z',
      ]);
    });

    it('fires a time the clocks skip once, just after the jump, and keeps it the next day', () => {
      process.env.TZ = 'Europe/Paris';
      // 02:30 does not exist on 29 March 2026 in Paris: it fires at 03:30 CEST (01:30 UTC).
      expect(series('02:30', '2026-03-28T12:00:00Z', 3)).toEqual([
        '2026-03-29T01:30:00.000Z',
        '2026-03-30T00:30:00.000Z',
        '2026-03-31T00:30:00.000Z',
      ]);
    });

    it('fires a time the clocks repeat once, at its first occurrence', () => {
      process.env.TZ = 'Europe/Paris';
      // 25 October 2026: 02:30 comes twice in Paris (CEST, then CET); the second is skipped.
      expect(series('02:30', '2026-10-24T12:00:00Z', 2)).toEqual([
        '2026-10-25T00:30:00.000Z',
        '2026-10-26T01:30:00.000Z',
      ]);
    });

    it('follows a zone 12:45 ahead of UTC with a 45-minute change, across the year end', () => {
      process.env.TZ = 'Pacific/Chatham';
      // 27 September 2026: 02:45 becomes 03:45 on the Chatham Islands; 03:00 that day is skipped.
      expect(series('03:00', '2026-09-26T00:00:00Z', 2)).toEqual([
        '2026-09-26T14:15:00.000Z',
        '2026-09-27T13:15:00.000Z',
      ]);
      // Local midnight of 1 January 2027 (UTC+13:45) is still 31 December in UTC.
      expect(series('00:00', '2026-12-31T00:00:00Z', 1)).toEqual(['2026-12-31T10:15:00.000Z']);
    });
  });
});
