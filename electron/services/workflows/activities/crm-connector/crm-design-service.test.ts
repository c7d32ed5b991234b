import { afterAll, describe, expect, it } from 'vitest';
import type { CrmTableDescription } from '../../../../../shared/domain/crm';
import type { CrmFilterNode } from '../../../../../shared/domain/crm-filter';
import { englishText } from '../../../../../shared/i18n/message';
import { openTestSandbox } from '../../../../test-support/sandbox-worker';
import { toSoqlWhere } from '../../../../connectors/salesforce/soql-filter';
import type { ActivityEnvironment } from '../../activity';
import { CrmDesignService } from './crm-design-service';

const contact: CrmTableDescription = {
  name: 'Contact',
  label: 'Contact',
  idField: 'Id',
  modifiedFields: ['LastModifiedDate'],
  fields: [
    { name: 'Id', label: 'Id', crmType: 'id', type: 'string', nillable: false, externalId: false },
    {
      name: 'Email',
      label: 'Email',
      crmType: 'email',
      type: 'string',
      nillable: true,
      externalId: false,
    },
    {
      name: 'Birthdate',
      label: 'Birthdate',
      crmType: 'date',
      type: 'date',
      nillable: true,
      externalId: false,
    },
    {
      name: 'LastModifiedDate',
      label: 'Last modified',
      crmType: 'datetime',
      type: 'datetime',
      nillable: false,
      externalId: false,
    },
  ],
};

const sandbox = openTestSandbox();
afterAll(() => sandbox.close());
// Only what the design service uses: the approved tables and the sandbox.
const service = new CrmDesignService(
  {
    approvedTables: (account: string) => (account === 'Demo' ? [contact] : []),
    sandbox,
  } as unknown as ActivityEnvironment,
  {
    filterQuery: (_account, node, fields, values) => toSoqlWhere(node, fields, values),
  },
);

const filter = (...lines: [string, CrmFilterNode][]): CrmFilterNode => ({
  kind: 'level',
  lines: lines.map(([connective, node]) => ({ connective, node })) as never,
});

describe('CrmDesignService', () => {
  it('offers the tables of the approved schema only', () => {
    expect(service.remoteObjects('Demo').map((t) => t.name)).toEqual(['Contact']);
    expect(service.remoteObjects('Pending')).toEqual([]);
  });

  it('checks a valid filter: its SOQL', async () => {
    const check = await service.checkFilter({
      account: 'Demo',
      remoteObject: 'Contact',
      filter: filter(
        [
          'and',
          {
            kind: 'condition',
            left: 'LastModifiedDate',
            operator: '>=',
            right: "new Date('2012-11-01T00:00:00Z')",
          },
        ],
        [
          'and',
          filter(
            ['and', { kind: 'condition', left: 'Email', operator: 'isNotEmpty' }],
            [
              'or',
              {
                kind: 'condition',
                left: 'Birthdate',
                operator: '<',
                right: "new Date('2000-01-01')",
              },
            ],
          ),
        ],
      ),
    });
    expect(check.problems).toEqual([]);
    expect(check.query).toBe(
      'LastModifiedDate >= 2012-11-01T00:00:00Z AND (Email != null OR Birthdate < 2000-01-01)',
    );
  });

  it('names each broken rule, with no query', async () => {
    const check = await service.checkFilter({
      account: 'Demo',
      remoteObject: 'Contact',
      filter: filter(
        ['and', { kind: 'condition', left: 'Email', operator: '=', right: "'a@b.c'" }],
        ['andNot', { kind: 'condition', left: 'Birthdate', operator: 'isEmpty' }],
        ['or', { kind: 'condition', left: 'Account.Name', operator: 'isEmpty' }],
      ),
    });
    expect(check.query).toBeNull();
    expect(check.problems.map((p) => [p.at, englishText(p.rule).split(':')[0]])).toEqual([
      ['top', 'Each filtering level may only use one type of operator'],
      ['1', 'Comparisons may only concern numbers or dates'],
      ['2', 'The AND NOT operator is not supported.'],
      ['3', 'JOIN comparisons are not supported'],
    ]);
  });

  it('refuses a table outside the approved schema', async () => {
    await expect(
      service.checkFilter({ account: 'Demo', remoteObject: 'Lead', filter: filter() }),
    ).rejects.toThrow("'Lead' is not a table of the approved schema of external account 'Demo'.");
  });
});
