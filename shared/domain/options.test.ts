import { describe, expect, it } from 'vitest';
import { checkOptionValue, optionSchema, type OptionType } from './options';

const accepts = (type: OptionType, raw: string, value: string) =>
  expect(checkOptionValue(type, raw)).toEqual({ ok: true, value });
const refuses = (type: OptionType, raw: string, message: string) =>
  expect(checkOptionValue(type, raw)).toMatchObject({ ok: false, message });

const dateFormat = 'Expected a date in the format yyyy/MM/dd hh:mm:ss, e.g. 2026/01/31 23:59:00.';

describe('checkOptionValue', () => {
  it('keeps text as typed, up to 4000 characters', () => {
    accepts('text', '  spaced out  ', '  spaced out  ');
    accepts('text', '', '');
    accepts('text', 'x'.repeat(4000), 'x'.repeat(4000));
    refuses('text', 'x'.repeat(4001), 'A text value is at most 4000 characters.');
  });

  it.each([
    ['+007', '7'],
    [' 42 ', '42'],
    ['-12', '-12'],
    ['-0', '0'],
    ['9007199254740991', '9007199254740991'],
  ])('accepts the integer %j as %j', (raw, value) => accepts('integer', raw, value));

  it.each(['1.5', '1e3', 'abc', '', '12abc', '4 2'])('refuses %j as an integer', (raw) =>
    refuses('integer', raw, 'Expected a whole number, e.g. 42.'),
  );

  it('refuses an integer beyond the safe range', () => {
    refuses('integer', '9007199254740993', 'The number is too large for an integer option.');
    refuses('integer', '-9007199254740992', 'The number is too large for an integer option.');
  });

  it.each([
    ['3.50', '3.5'],
    ['+3.0', '3'],
    ['-.5', '-0.5'],
    ['3.', '3'],
    ['1e3', '1000'],
    [' 0.25 ', '0.25'],
  ])('accepts the decimal %j as %j', (raw, value) => accepts('decimal', raw, value));

  it('refuses a decimal comma, pointing at the dot', () => {
    refuses('decimal', '3,5', 'Use a dot as the decimal separator, e.g. 3.5.');
    refuses('decimal', '-1,25', 'Use a dot as the decimal separator, e.g. 3.5.');
  });

  it.each(['abc', '', '.', '1.2.3', '1,000.5', 'NaN', 'Infinity'])(
    'refuses %j as a decimal',
    (raw) => refuses('decimal', raw, 'Expected a decimal number, e.g. 3.5.'),
  );

  it('refuses a decimal out of range', () => {
    refuses('decimal', '1e400', 'The number is out of range.');
  });

  it.each([
    ['2026/11/20 08:30:00', '2026/11/20 08:30:00'],
    [' 2026/01/31 23:59:59 ', '2026/01/31 23:59:59'],
    ['2024/02/29 00:00:00', '2024/02/29 00:00:00'],
    ['2000/02/29 12:00:00', '2000/02/29 12:00:00'],
  ])('accepts the datetime %j as %j', (raw, value) => accepts('datetime', raw, value));

  it.each([
    ['2026-11-20 08:30:00', dateFormat],
    ['2026/11/20 08:30', dateFormat],
    ['2026/11/20T08:30:00', dateFormat],
    ['26/11/20 08:30:00', dateFormat],
    ['2026/02/29 00:00:00', 'Day 29 does not exist in that month.'],
    ['1900/02/29 00:00:00', 'Day 29 does not exist in that month.'],
    ['2026/04/31 00:00:00', 'Day 31 does not exist in that month.'],
    ['2026/01/00 00:00:00', 'Day 0 does not exist in that month.'],
    ['2026/13/01 00:00:00', 'Month 13 does not exist.'],
    ['0000/01/01 00:00:00', 'Year must be 0001 or later.'],
    ['2026/01/01 24:00:00', 'Hours run from 00 to 23.'],
    ['2026/01/01 08:60:00', 'Minutes run from 00 to 59.'],
    ['2026/01/01 08:30:60', 'Seconds run from 00 to 59.'],
  ])('refuses the datetime %j', (raw, message) => refuses('datetime', raw, message));
});

describe('optionSchema', () => {
  const valid = { name: 'LASTIMPORT_Lead', label: ' Last import ', type: 'integer', value: '+007' };

  it('stores the value in canonical form and trims the label', () => {
    expect(optionSchema.parse(valid)).toEqual({
      name: 'LASTIMPORT_Lead',
      label: 'Last import',
      type: 'integer',
      value: '7',
    });
  });

  it.each(['1abc', 'with space', '', 'dash-ed', 'x'.repeat(65)])(
    'refuses the internal name %j at path name',
    (name) => {
      const result = optionSchema.safeParse({ ...valid, name });
      expect(result.success).toBe(false);
      // An empty name fails both the length and the pattern: every issue is on the name.
      expect(new Set(result.error?.issues.map((i) => i.path.join('.')))).toEqual(new Set(['name']));
    },
  );

  it('says what an internal name must look like', () => {
    expect(optionSchema.safeParse({ ...valid, name: '1abc' }).error?.issues[0]?.message).toBe(
      'Internal name must start with a letter or underscore and hold only letters, digits and underscores.',
    );
  });

  it('refuses a value that does not match the type, at path value', () => {
    const result = optionSchema.safeParse({ ...valid, type: 'datetime', value: '2026-11-20' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['value'], message: dateFormat }),
    ]);
  });

  it('refuses an unknown type', () => {
    const result = optionSchema.safeParse({ ...valid, type: 'boolean' });
    expect(result.error?.issues.map((i) => i.path)).toEqual([['type']]);
  });
});
