import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkCrmFilter,
  type CrmComparison,
  type CrmConnective,
  type CrmFilterNode,
} from '../../../shared/domain/crm-filter';
import type { CrmField } from '../../../shared/domain/crm';
import { englishText } from '../../../shared/i18n/message';
import { openSalesforce, type SalesforceFixture } from '../../../emulators/test-support/salesforce';
import {
  evaluateRightHands,
  rightHandEvaluator,
} from '../../services/crm-filter/right-hand-evaluator';
import { openTestSandbox } from '../../test-support/sandbox-worker';
import { toSoqlWhere } from './soql-filter';

const sandbox = openTestSandbox();
afterAll(() => sandbox.close());
const vars = { crmStartImport: new Date('2026-01-15T08:30:00Z'), threshold: 250 };
const evaluate = rightHandEvaluator(sandbox, vars);
const field = (name: string, type: CrmField['type']): CrmField => ({
  name,
  label: name,
  crmType: String(type),
  type,
  nillable: true,
  externalId: false,
});
const fields = new Map(
  [
    field('Id', 'string'),
    field('Phone', 'string'),
    field('AnnualRevenue', 'double'),
    field('NumberOfEmployees', 'long'),
    field('LastModifiedDate', 'datetime'),
    field('CreatedDate', 'datetime'),
  ].map((f) => [f.name, f]),
);
const names = new Set(fields.keys());
/** The broken rules in English: the texts the seed gives. */
const check = async (filter: CrmFilterNode) =>
  checkCrmFilter(filter, names, await evaluateRightHands(filter, evaluate)).map(({ at, rule }) => ({
    at,
    rule: englishText(rule),
  }));
const soql = async (filter: CrmFilterNode) =>
  toSoqlWhere(filter, fields, await evaluateRightHands(filter, evaluate));
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

const valid = level(
  ['and', cond('LastModifiedDate', '>=', 'vars.crmStartImport')],
  ['and', cond('AnnualRevenue', '>', '1000 * 1000')],
  [
    'and',
    level(
      ['or', cond('NumberOfEmployees', '>=', 'vars.threshold')],
      ['or', cond('Phone', 'isEmpty')],
    ),
  ],
);

describe('CRM filter rules (seed: "Filtering data")', () => {
  it('accepts a filter that follows them', async () => {
    expect(await check(valid)).toEqual([]);
  });

  it.each([
    [
      'two types of operator on one level',
      level(
        ['and', cond('AnnualRevenue', '>', '1')],
        ['and', cond('Phone', 'isEmpty')],
        ['or', cond('NumberOfEmployees', '>', '2')],
      ),
      {
        at: 'top',
        rule: 'Each filtering level may only use one type of operator: put the OR conditions in a level of their own.',
      },
    ],
    [
      'AND NOT',
      level(['and', cond('Phone', 'isEmpty')], ['andNot', cond('AnnualRevenue', '>', '5')]),
      { at: '2', rule: 'The AND NOT operator is not supported.' },
    ],
    [
      'a comparison with text',
      level(['and', cond('Phone', '=', "'555-0100'")]),
      {
        at: '1',
        rule: "Comparisons may only concern numbers or dates: '555-0100' gives a text string.",
      },
    ],
    [
      'a join',
      level(['and', cond('Account.Name', 'isEmpty')]),
      {
        at: '1',
        rule: "JOIN comparisons are not supported: 'Account.Name' is a field of another table.",
      },
    ],
    [
      'an expression on the left',
      level(['and', cond('AnnualRevenue * 2', '>', '5')]),
      { at: '1', rule: "The left-hand column must be one field, not 'AnnualRevenue * 2'." },
    ],
    [
      'a number on the left',
      level(['and', cond('42', '>', '5')]),
      { at: '1', rule: "The left-hand column must be one field, not '42'." },
    ],
    [
      'an unknown field',
      level(['and', cond('Fax', 'isEmpty')]),
      { at: '1', rule: "'Fax' is not a field of the remote object." },
    ],
    [
      'a value that does not evaluate',
      level(['and', cond('AnnualRevenue', '>', 'vars.nope.deeper')]),
      {
        at: '1',
        rule: "The value 'vars.nope.deeper' cannot be evaluated in JavaScript: cannot read property 'deeper' of undefined.",
      },
    ],
  ])('refuses %s, naming the rule', async (_name, filter, problem) => {
    expect(await check(filter)).toEqual([problem]);
  });

  it.each([
    ['runs too long', '(() => { for (;;); })()'],
    [
      'queues a promise job that never ends',
      '(Promise.resolve().then(() => { while (true) {} }), 1)',
    ],
  ])('stops a right-hand value that %s', async (_name, right) => {
    const [problem] = await check(level(['and', cond('AnnualRevenue', '>', right)]));
    expect(problem?.rule).toBe(
      `The value '${right}' cannot be evaluated in JavaScript: timed out after 100 ms.`,
    );
  });

  it('gives a right-hand value no way to the console: the constructor chain finds no process', async () => {
    const right = "this.constructor.constructor('return process')().pid";
    expect(await check(level(['and', cond('AnnualRevenue', '>', right)]))).toEqual([
      {
        at: '1',
        rule: `The value '${right}' cannot be evaluated in JavaScript: 'process' is not defined.`,
      },
    ]);
  });
  it('words an unfinished value as such, and quotes a quoted text once', async () => {
    const problems = await check(
      level(
        ['and', cond('AnnualRevenue', '>', 'new Date(')],
        ['and', cond('AnnualRevenue', '>', "'abc'")],
      ),
    );
    expect(problems.map((p) => p.rule)).toEqual([
      "The value 'new Date(' cannot be evaluated in JavaScript: it is not a complete JavaScript expression.",
      "Comparisons may only concern numbers or dates: 'abc' gives a text string.",
    ]);
  });
});

describe('translation to SOQL', () => {
  it('writes levels as parenthesised groups, dates as UTC literals and empty tests as null', async () => {
    expect(await soql(valid)).toBe(
      'LastModifiedDate >= 2026-01-15T08:30:00Z AND AnnualRevenue > 1000000 AND (NumberOfEmployees >= 250 OR Phone = null)',
    );
  });

  describe('against the Salesforce emulator, through jsforce', () => {
    let fixture: SalesforceFixture;
    beforeAll(async () => {
      fixture = await openSalesforce({ records: 300 });
    });
    afterAll(() => fixture.dispose());

    it('selects exactly the records the filter describes', async () => {
      const filter = level(
        ['and', cond('AnnualRevenue', '>', '1000 * 1000')],
        [
          'and',
          level(
            ['or', cond('NumberOfEmployees', '>=', 'vars.threshold')],
            ['or', cond('Phone', 'isEmpty')],
          ),
        ],
      );
      const select = 'SELECT Id, AnnualRevenue, NumberOfEmployees, Phone FROM Account';
      const query = async (soql: string) =>
        (
          await fixture.conn.query<Record<string, unknown>>(soql, {
            autoFetch: true,
            maxFetch: 10_000,
          })
        ).records;
      const rows = await query(`${select} WHERE ${await soql(filter)}`);
      const expected = (await query(select)).filter(
        (r) =>
          typeof r.AnnualRevenue === 'number' &&
          r.AnnualRevenue > 1_000_000 &&
          ((typeof r.NumberOfEmployees === 'number' && r.NumberOfEmployees >= 250) ||
            r.Phone === null),
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThan(300);
      expect(rows.map((r) => r.Id).sort()).toEqual(expected.map((r) => r.Id).sort());
    });
  });
});
