import { describe, expect, it } from 'vitest';
import {
  dayFromOracle,
  instantFromOracle,
  isTimeZone,
  oracleDateFromValue,
  oracleDateTimeFromValue,
  oracleFromInstant,
  wallClockFromOracle,
} from './oracle-dates';

const ny = 'America/New_York';

describe('Oracle dates', () => {
  it('reads a wall clock of the account zone as a UTC instant, on both sides of a DST change', () => {
    expect(instantFromOracle('03/10/2024 01:30:00', ny)).toBe('2024-03-10T06:30:00.000Z');
    expect(instantFromOracle('03/10/2024 03:30:00', ny)).toBe('2024-03-10T07:30:00.000Z');
    expect(instantFromOracle('11/03/2024 00:30:00', ny)).toBe('2024-11-03T04:30:00.000Z');
    expect(instantFromOracle('11/03/2024 02:30:00', ny)).toBe('2024-11-03T07:30:00.000Z');
    // The repeated hour reads as its first occurrence; the skipped hour moves forward.
    expect(instantFromOracle('11/03/2024 01:30:00', ny)).toBe('2024-11-03T05:30:00.000Z');
    expect(instantFromOracle('03/10/2024 02:30:00', ny)).toBe('2024-03-10T07:30:00.000Z');
    expect(instantFromOracle('07/01/2024 12:00:00', 'Pacific/Chatham')).toBe(
      '2024-06-30T23:15:00.000Z',
    );
  });

  it('writes an instant as the wall clock of the account zone, on both sides of a DST change', () => {
    expect(oracleFromInstant(new Date('2024-03-10T06:59:59Z'), ny)).toBe('03/10/2024 01:59:59');
    expect(oracleFromInstant(new Date('2024-03-10T07:00:00Z'), ny)).toBe('03/10/2024 03:00:00');
    // The hour the clock is set back shows twice: two instants, one text.
    expect(oracleFromInstant(new Date('2024-11-03T05:30:00Z'), ny)).toBe('11/03/2024 01:30:00');
    expect(oracleFromInstant(new Date('2024-11-03T06:30:00Z'), ny)).toBe('11/03/2024 01:30:00');
  });

  it('round-trips every hour across both changes', () => {
    for (const start of ['2024-03-09T12:00:00Z', '2024-11-02T12:00:00Z'])
      for (let h = 0; h < 36; h++) {
        const instant = new Date(Date.parse(start) + h * 3_600_000);
        const text = oracleFromInstant(instant, ny);
        const back = instantFromOracle(text, ny);
        // Only the repeated hour is ambiguous; it reads back as its first occurrence.
        if (text.startsWith('11/03/2024 01:')) expect(back).toBe('2024-11-03T05:00:00.000Z');
        else expect(back).toBe(instant.toISOString());
      }
  });

  it('keeps the wall clock as written for Without time offset and Copy/Paste', () => {
    expect(wallClockFromOracle('03/10/2024 02:30:00')).toBe('2024-03-10T02:30:00');
    expect(dayFromOracle('12/31/2025')).toBe('2025-12-31');
    expect(dayFromOracle('12/31/2025 23:59:59')).toBe('2025-12-31');
    expect(wallClockFromOracle('2024-03-10')).toBeNull();
    expect(instantFromOracle('13/45/2024 00:00:00', ny)).toBeNull();
  });

  it('turns platform values into Oracle text: instants converted, wall clocks as written', () => {
    expect(oracleDateTimeFromValue('2024-07-04T16:00:00.000Z', ny)).toBe('07/04/2024 12:00:00');
    expect(oracleDateTimeFromValue('2024-07-04T18:00:00+02:00', ny)).toBe('07/04/2024 12:00:00');
    expect(oracleDateTimeFromValue('2024-07-04T16:00:00', ny)).toBe('07/04/2024 16:00:00');
    expect(oracleDateTimeFromValue('2024-07-04T16:00', ny)).toBe('07/04/2024 16:00:00');
    expect(oracleDateTimeFromValue('07/04/2024 16:00:00', ny)).toBe('07/04/2024 16:00:00');
    expect(oracleDateTimeFromValue('tomorrow', ny)).toBeNull();
    expect(oracleDateFromValue('2024-07-04')).toBe('07/04/2024');
    expect(oracleDateFromValue('07/04/2024')).toBe('07/04/2024');
    expect(oracleDateFromValue('soon')).toBeNull();
  });

  it('knows a time zone from a made-up one', () => {
    expect(isTimeZone(ny)).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
