import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOracle, type OracleFixture } from '../test-support/oracle';

let fx: OracleFixture;
beforeAll(async () => {
  fx = await openOracle({ records: 5 });
});
afterAll(() => fx.dispose());

const picklist = (recordType: string, fieldName: string) =>
  fx.soap(
    'urn:crmondemand/ws/picklist/:GetPicklistValues',
    fx.token,
    'PicklistWS_GetPicklistValues_Input',
    (input) => {
      input.ele('FieldName').txt(fieldName);
      input.ele('RecordType').txt(recordType);
    },
  );

type Value = { Code: string; DisplayValue: string; Disabled: string };

const valuesOf = (answer: Awaited<ReturnType<typeof picklist>>): Value[] => {
  const parents = (answer.output.ListOfParentPicklistValue as { ParentPicklistValue: unknown[] })
    .ParentPicklistValue as { ListOfPicklistValue: { PicklistValue: Value[] } }[];
  return parents[0]?.ListOfPicklistValue.PicklistValue ?? [];
};

describe('GetPicklistValues', () => {
  it('lists Code, DisplayValue and Disabled of a picklist', async () => {
    const answer = await picklist('Contact', 'ContactType');
    expect(answer.status).toBe(200);
    const values = valuesOf(answer);
    expect(values[0]).toEqual({ Code: 'Customer', DisplayValue: 'Customer', Disabled: 'N' });
    expect(values.find((value) => value.Code === 'Other')?.Disabled).toBe('Y');
  });

  it('answers for the multi-select picklist too, codes apart from display values', async () => {
    const values = valuesOf(await picklist('Contact', 'CustomMultiSelectPickList0'));
    expect(values.map((value) => [value.Code, value.DisplayValue])).toEqual([
      ['NEWS', 'Newsletter'],
      ['EVENTS', 'Events'],
      ['PRODUCTS', 'Product updates'],
      ['OFFERS', 'Offers'],
    ]);
  });

  it('refuses a field that is not a picklist', async () => {
    const answer = await picklist('Contact', 'ContactEmail');
    expect(answer.status).toBe(500);
    expect(answer.fault?.codes).toEqual(['SBL-ODU-01020']);
  });
});
