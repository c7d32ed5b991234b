import { describe, expect, it } from 'vitest';
import type {
  CrmComparison,
  CrmConnective,
  CrmFilterNode,
  RightHandValue,
} from '../../../shared/domain/crm-filter';
import { CrmError } from '../crm-error';
import type { OracleFieldInfo, OracleFieldType } from './oracle-catalog';
import { oracleCriteria, type CriteriaInput } from './oracle-criteria';

const field = (name: string, type: OracleFieldType): OracleFieldInfo => ({
  name,
  label: name,
  type,
});
const fields = new Map(
  [
    field('Id', 'id'),
    field('ContactEmail', 'text'),
    field('Revenue', 'number'),
    field('DateofBirth', 'date'),
    field('ModifiedDate', 'dateTime'),
  ].map((f) => [f.name, f]),
);
const values = new Map<string, RightHandValue>([
  ['start', { kind: 'date', value: new Date('2024-03-10T07:30:00Z') }],
  ['1000', { kind: 'number', value: 1000 }],
  ['5', { kind: 'number', value: 5 }],
]);
const cond = (left: string, operator: CrmComparison, right?: string): CrmFilterNode => ({
  kind: 'condition',
  left,
  operator,
  ...(right === undefined ? {} : { right }),
});
const level = (...lines: [CrmConnective, CrmFilterNode][]): CrmFilterNode => ({
  kind: 'level',
  lines: lines.map(([connective, node]) => ({ connective, node })),
});
const input = (over: Partial<CriteriaInput>): CriteriaInput => ({
  table: 'Contact',
  fields,
  idField: 'Id',
  timeZone: 'America/New_York',
  version: 'v2.0',
  ...over,
});
const withFilter = (node: CrmFilterNode, version: CriteriaInput['version'] = 'v2.0') =>
  oracleCriteria(input({ filter: { node, values }, version }));

describe('Oracle criteria', () => {
  it('puts ANDed comparisons in field-level expressions, dates in the account zone', () => {
    const criteria = withFilter(
      level(
        ['and', cond('ModifiedDate', '>=', 'start')],
        ['and', cond('Revenue', '!=', '1000')],
        ['and', cond('ModifiedDate', '<', 'start')],
        ['and', cond('ContactEmail', 'isNotEmpty')],
      ),
    );
    expect(criteria).toEqual({
      kind: 'fields',
      expressions: new Map([
        ['ModifiedDate', ">= '03/10/2024 03:30:00' AND < '03/10/2024 03:30:00'"],
        ['Revenue', '<> 1000'],
        ['ContactEmail', 'IS NOT NULL'],
      ]),
    });
  });

  it('keeps an OR of one field at field level, and a date field to its day', () => {
    const criteria = withFilter(
      level(
        ['and', level(['and', cond('Revenue', '<', '5')], ['or', cond('Revenue', '>', '1000')])],
        ['and', cond('DateofBirth', '=', 'start')],
      ),
      'v1.0',
    );
    expect(criteria).toEqual({
      kind: 'fields',
      expressions: new Map([
        ['DateofBirth', "= '03/10/2024'"],
        ['Revenue', '< 5 OR > 1000'],
      ]),
    });
  });

  it('uses a searchspec with v2.0 for an OR across fields or a NOT', () => {
    const filter = level(
      ['and', cond('ContactEmail', 'isEmpty')],
      [
        'and',
        level(['and', cond('Revenue', '>', '5')], ['or', cond('ModifiedDate', '>', 'start')]),
      ],
    );
    expect(withFilter(filter)).toEqual({
      kind: 'searchspec',
      text: "[ContactEmail] IS NULL AND ([Revenue] > 5 OR [ModifiedDate] > '03/10/2024 03:30:00')",
    });
    expect(
      withFilter(
        level(['and', cond('Revenue', '>', '5')], ['orNot', cond('Revenue', '=', '1000')]),
      ),
    ).toEqual({
      kind: 'searchspec',
      text: '[Revenue] > 5 OR NOT ([Revenue] = 1000)',
    });
  });

  it('refuses with v1.0 what fields alone cannot say, in words', () => {
    const filter = level(
      ['and', cond('Revenue', '>', '5')],
      ['or', cond('ContactEmail', 'isEmpty')],
    );
    expect(() => withFilter(filter, 'v1.0')).toThrow(CrmError);
    expect(() => withFilter(filter, 'v1.0')).toThrow(/v1\.0 filters field by field/);
  });

  it('adds the modification window and the ids, and quotes a quote by doubling it', () => {
    const criteria = oracleCriteria(
      input({
        modified: {
          field: 'ModifiedDate',
          since: new Date('2024-11-03T05:30:00Z'),
          until: new Date('2024-11-03T06:30:00Z'),
        },
        ids: ['AYCA-1', "O'Hara"],
      }),
    );
    expect(criteria).toEqual({
      kind: 'fields',
      expressions: new Map([
        // Both instants show as 01:30 in New York: the window is the wall clock Oracle compares.
        ['ModifiedDate', ">= '11/03/2024 01:30:00' AND < '11/03/2024 01:30:00'"],
        ['Id', "= 'AYCA-1' OR = 'O''Hara'"],
      ]),
    });
  });

  it('refuses a field the table does not have', () => {
    expect(() => withFilter(cond('Nickname', 'isEmpty'))).toThrow(
      "Table 'Contact' has no field 'Nickname'.",
    );
  });
});
