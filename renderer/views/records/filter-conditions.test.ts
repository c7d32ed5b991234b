import { describe, expect, it } from 'vitest';
import { genderEnumeration, recipientsTable } from '../../../shared/domain/recipients';
import type { ColumnDefinition } from '../../../shared/domain/records';
import {
  buildCondition,
  describeCondition,
  operatorsFor,
  parseFilterValue,
  valueInputFor,
} from './filter-conditions';

const columns = recipientsTable.columns as ColumnDefinition[];
const col = (name: string) => columns.find((c) => c.name === name) as ColumnDefinition;
const enumerations = { nmsRecipient_gender: genderEnumeration.values };

describe('operatorsFor and valueInputFor', () => {
  it('offers text operators on text, order on numbers and dates, equality on the rest', () => {
    expect(operatorsFor(col('email'))).toEqual([
      'eq',
      'ne',
      'contains',
      'startsWith',
      'in',
      'isEmpty',
      'isNotEmpty',
    ]);
    expect(operatorsFor(col('id'))).toContain('ge');
    expect(operatorsFor(col('id'))).not.toContain('contains');
    expect(operatorsFor(col('birthDate'))).toContain('lt');
    expect(operatorsFor(col('gender'))).toEqual(['eq', 'ne', 'isEmpty', 'isNotEmpty']);
    expect(operatorsFor(col('blackList'))).toEqual(['eq', 'ne', 'isEmpty', 'isNotEmpty']);
  });

  it('picks the input from the type, the enumeration and the operator', () => {
    expect(valueInputFor(col('gender'), 'eq')).toBe('enumeration');
    expect(valueInputFor(col('blackList'), 'eq')).toBe('boolean');
    expect(valueInputFor(col('id'), 'gt')).toBe('number');
    expect(valueInputFor(col('id'), 'in')).toBe('list');
    expect(valueInputFor(col('birthDate'), 'eq')).toBe('date');
    expect(valueInputFor(col('created'), 'ge')).toBe('datetime');
    expect(valueInputFor(col('email'), 'isEmpty')).toBeNull();
  });
});

describe('parseFilterValue and buildCondition', () => {
  it('turns typed text into the value of the column’s type', () => {
    expect(parseFilterValue(col('id'), 'eq', ' 42 ')).toEqual({ ok: true, value: 42 });
    expect(parseFilterValue(col('gender'), 'eq', '2')).toEqual({ ok: true, value: 2 });
    expect(parseFilterValue(col('blackList'), 'eq', 'false')).toEqual({ ok: true, value: false });
    expect(parseFilterValue(col('id'), 'in', '1, 2,,3')).toEqual({ ok: true, value: [1, 2, 3] });
    expect(parseFilterValue(col('email'), 'contains', 'smith')).toEqual({
      ok: true,
      value: 'smith',
    });
  });

  it('turns a local date and time into an instant', () => {
    const parsed = parseFilterValue(col('created'), 'ge', '2026-11-20T08:30');
    expect(parsed).toEqual({ ok: true, value: new Date(2026, 10, 20, 8, 30, 0).toISOString() });
  });

  it('refuses what is not a number and an empty value, and leaves ranges to the service', () => {
    expect(parseFilterValue(col('id'), 'eq', 'abc')).toEqual({
      ok: false,
      message: "'abc' is not a number.",
    });
    expect(parseFilterValue(col('email'), 'eq', '  ')).toEqual({
      ok: false,
      message: 'Type a value.',
    });
    expect(parseFilterValue(col('id'), 'eq', '1.5')).toEqual({ ok: true, value: 1.5 });
  });

  it('builds conditions with a value only where the operator takes one', () => {
    expect(buildCondition(col('phone'), 'isEmpty', 'ignored')).toEqual({
      ok: true,
      condition: { column: 'phone', operator: 'isEmpty' },
    });
    expect(buildCondition(col('gender'), 'eq', '2')).toEqual({
      ok: true,
      condition: { column: 'gender', operator: 'eq', value: 2 },
    });
  });
});

describe('describeCondition', () => {
  it('says a condition in words, with enumeration labels and quoted text', () => {
    const say = (c: Parameters<typeof describeCondition>[1]) =>
      describeCondition(columns, c, enumerations);
    expect(say({ column: 'gender', operator: 'eq', value: 2 })).toBe('Gender equal to Female');
    expect(say({ column: 'email', operator: 'contains', value: 'smith' })).toBe(
      "Email contains 'smith'",
    );
    expect(say({ column: 'blackList', operator: 'eq', value: true })).toBe(
      'No longer contact (by any channel) equal to Yes',
    );
    expect(say({ column: 'id', operator: 'in', value: [1, 2] })).toBe('Primary key is in (1, 2)');
    expect(say({ column: 'phone', operator: 'isNotEmpty' })).toBe('Phone is not empty');
  });
});
