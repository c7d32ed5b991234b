import { describe, expect, it } from 'vitest';
import type { ColumnDefinition } from '../../../shared/domain/records';
import { genderEnumeration } from '../../../shared/domain/recipients';
import { isNumeric, valueFormatter } from './format-value';

const column = (type: ColumnDefinition['type'], enumeration?: string): ColumnDefinition => ({
  name: 'c',
  label: 'C',
  type,
  ...(enumeration ? { enumeration } : {}),
});

describe('valueFormatter', () => {
  it('shows booleans as Yes and No, and null as nothing', () => {
    const format = valueFormatter(column('boolean'), undefined);
    expect(format(true).text).toBe('Yes');
    expect(format(false).text).toBe('No');
    expect(format(null).text).toBe('');
    expect(format(undefined).text).toBe('');
  });

  it('shows the label of an enumeration value, numbers and text alike, and the value as tooltip', () => {
    const format = valueFormatter(column('byte', 'g'), genderEnumeration.values);
    expect(format(2)).toEqual({ text: 'Female', tooltip: '2' });
    expect(format('1').text).toBe('Male');
    expect(format(7)).toEqual({ text: '7' });
  });

  it('shows a datetime in a readable form with the ISO text as tooltip', () => {
    const format = valueFormatter(column('datetime'), undefined, 'en-US');
    const shown = format('2026-11-20T08:30:05.000Z');
    expect(shown.tooltip).toBe('2026-11-20T08:30:05.000Z');
    expect(shown.text).toMatch(/Nov 20, 2026/);
    expect(shown.text).not.toContain('T08');
  });

  it('shows dates and zone-less datetimes as written, whatever the reader’s zone', () => {
    expect(valueFormatter(column('date'), undefined, 'en-US')('1985-03-14')).toEqual({
      text: 'Mar 14, 1985',
      tooltip: '1985-03-14',
    });
    expect(
      valueFormatter(column('datetimenotz'), undefined, 'en-US')('2026-01-02T23:59:00').text,
    ).toBe('Jan 2, 2026, 11:59:00 PM');
  });

  it('leaves text it cannot read as a date as it is', () => {
    expect(valueFormatter(column('date'), undefined)('not a date')).toEqual({ text: 'not a date' });
  });

  it('right-aligns numbers but not enumerations', () => {
    expect(isNumeric(column('int64'))).toBe(true);
    expect(isNumeric(column('byte', 'g'))).toBe(false);
    expect(isNumeric(column('string'))).toBe(false);
  });
});
