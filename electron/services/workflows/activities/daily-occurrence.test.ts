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

  describe('in a zone with daylight saving', () => {
    let zone: string | undefined;
    beforeEach(() => {
      zone = process.env.TZ;
      process.env.TZ = 'Europe/Paris';
    });
    afterEach(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });

    it('keeps the wall-clock time on the day the clocks go forward', () => {
      // 29 March 2026: 02:00 becomes 03:00 in Paris, so 06:30 is 04:30 UTC, not 05:30.
      expect(
        new Date(nextDailyOccurrence('06:30', Date.parse('2026-03-28T09:00:00Z'))).toISOString(),
      ).toBe('2026-03-29T04:30:00.000Z');
    });
  });
});
