import { describe, expect, it } from 'vitest';
import { estimateRemaining, formatDuration, progressFraction } from './job-timing';

describe('job timing', () => {
  it('formats durations as a clock', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(999)).toBe('0:00');
    expect(formatDuration(65_000)).toBe('1:05');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
    expect(formatDuration(-5)).toBe('0:00');
  });

  it('estimates the time left from the pace so far', () => {
    expect(estimateRemaining(4_000, 1, 3)).toBe(8_000);
    expect(estimateRemaining(4_000, 3, 3)).toBe(0);
    expect(estimateRemaining(4_000, 0, 3)).toBeNull();
    expect(estimateRemaining(4_000, 2, null)).toBeNull();
  });

  it('gives the bar a fraction, or none while the total is unknown', () => {
    expect(progressFraction(1, 4)).toBe(0.25);
    expect(progressFraction(5, 4)).toBe(1);
    expect(progressFraction(1, null)).toBeNull();
  });
});
