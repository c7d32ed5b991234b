import { describe, expect, it } from 'vitest';
import { enumerationSchema } from './enumerations';

const row = (value: string, enabled = true) => ({ value, label: `Label ${value}`, enabled });
const enumeration = (values: ReturnType<typeof row>[]) => ({
  name: 'LeadSource',
  label: 'Lead source',
  values,
});

describe('enumerationSchema', () => {
  it('keeps the values in the order given', () => {
    const values = [row('web'), row('phone', false), row('partner'), row('agency')];
    expect(enumerationSchema.parse(enumeration(values)).values).toEqual(values);
  });

  it('refuses a duplicate value at its row, naming the first row that holds it', () => {
    const result = enumerationSchema.safeParse(
      enumeration([row('web'), row('phone'), row('partner'), row('phone')]),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['values', 3, 'value'],
        message: "Value 'phone' is already used by row 2.",
      }),
    ]);
  });

  it('compares values after trimming them', () => {
    const result = enumerationSchema.safeParse(enumeration([row('web'), row(' web ')]));
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['values', 1, 'value'],
        message: "Value 'web' is already used by row 1.",
      }),
    ]);
  });

  it('reports every repeat of a value against the first row', () => {
    const result = enumerationSchema.safeParse(enumeration([row('a'), row('a'), row('a')]));
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['values', 1, 'value'], "Value 'a' is already used by row 1."],
      [['values', 2, 'value'], "Value 'a' is already used by row 1."],
    ]);
  });

  it.each(['', '   '])('refuses the empty value %j', (value) => {
    const result = enumerationSchema.safeParse(enumeration([row('web'), row(value)]));
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['values', 1, 'value'],
        message: 'Each value needs a value.',
      }),
    ]);
  });

  it('refuses a bad internal name', () => {
    const result = enumerationSchema.safeParse({ ...enumeration([]), name: 'Lead Source' });
    expect(result.error?.issues.map((i) => i.path)).toEqual([['name']]);
  });
});
