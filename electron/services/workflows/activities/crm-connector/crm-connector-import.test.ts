import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemTexts } from '../../test-support/problem-texts';
import { msg, type ConsoleMessage } from '../../../../../shared/i18n/message';
import type { CrmFilterNode } from '../../../../../shared/domain/crm-filter';
import {
  activitySchema,
  type ActivityInput,
} from '../../../../../shared/domain/workflows/activity-settings';
import type { Connector } from '../../../../connectors/connector';
import { engines } from '../../../../test-support/record-stores';
import { crmConnectorActivity } from './crm-connector';
import { account, openCrmFixture, type CrmFixture } from './test-support/crm-fixture';

type CrmInput = Extract<ActivityInput, { type: 'crmConnector' }>;

const importActivity = (settings: Partial<CrmInput> = {}): CrmInput => ({
  type: 'crmConnector',
  id: 'crmImport',
  label: 'Import contacts',
  position: { x: 0, y: 0 },
  account,
  remoteObject: 'Contact',
  operation: 'import',
  ...settings,
});

const cond = (left: string, operator: string, right?: string): CrmFilterNode =>
  ({ kind: 'condition', left, operator, right }) as CrmFilterNode;
const level = (...lines: [string, CrmFilterNode][]): CrmFilterNode => ({
  kind: 'level',
  lines: lines.map(([connective, node]) => ({ connective, node })) as never,
});

describe.each(engines)('CRM connector import (%s)', (engine) => {
  let f: CrmFixture;
  /** Queries the activity sent, recorded by a wrapper around the real connector. */
  const queries: { fields: string[]; orderBy?: unknown; ids?: readonly string[] }[] = [];
  const pagesSeen: string[][] = [];
  let sorting = true;
  let queryingAll = true;
  let sortOrFilterOnly: ConsoleMessage | null = null;
  const wrap = (c: Connector): Connector =>
    Object.assign(Object.create(c) as Connector, {
      capabilities: {
        ...c.capabilities,
        orderBy: sorting,
        queryAll: queryingAll,
        sortOrFilterOnly,
      },
      query: async function* (...args: Parameters<Connector['query']>) {
        queries.push(args[0]);
        for await (const page of c.query(...args)) {
          pagesSeen.push(page.rows.map((r) => String(r.LastName)));
          yield page;
        }
      },
    });

  beforeAll(async () => {
    f = await openCrmFixture({ engine, wrap });
  });
  afterAll(() => f.dispose());

  const soqlRows = async (soql: string) =>
    (await f.salesforce.conn.query<Record<string, unknown>>(soql)).records;

  it('imports the fields chosen, with the record id added, into a work table keyed by it', async () => {
    const { outcome, progress, logs } = await f.harness.execute(
      crmConnectorActivity.execute,
      importActivity({ import: { fields: [{ remote: 'LastName' }, { remote: 'Email' }] } }),
      null,
    );
    const ok = outcome.outputs.ok;
    expect(ok).toBeTruthy();
    const expected = await soqlRows('SELECT Id, LastName, Email FROM Contact ORDER BY Id');
    const rows = await f.harness.rows(ok?.table ?? '', 'Id');
    expect(ok?.count).toBe(expected.length);
    expect(rows).toEqual(
      expected.map((r) => ({ Id: r.Id, LastName: r.LastName, Email: r.Email ?? null })),
    );
    const definition = await f.harness.env.records.describeTable(ok?.table ?? '');
    expect(definition.key).toEqual(['Id']);
    expect(progress.at(-1)).toEqual({ done: expected.length, total: expected.length });
    expect(logs.some((l) => l.text.includes(`${expected.length} record(s) imported`))).toBe(true);
  });

  it('converts: Default (UTC), Date only, Without time offset, Copy/Paste, with their column types', async () => {
    const { outcome } = await f.harness.execute(
      crmConnectorActivity.execute,
      importActivity({
        import: {
          fields: [
            { remote: 'LastModifiedDate', conversion: 'default' },
            { remote: 'CreatedDate', conversion: 'dateOnly' },
            { remote: 'SystemModstamp', conversion: 'withoutOffset' },
            { remote: 'Birthdate', conversion: 'copy' },
          ],
        },
      }),
      null,
    );
    const table = outcome.outputs.ok?.table ?? '';
    const types = Object.fromEntries(
      (await f.harness.env.records.describeTable(table)).columns.map((c) => [c.name, c.type]),
    );
    expect(types).toMatchObject({
      LastModifiedDate: 'datetime',
      CreatedDate: 'date',
      SystemModstamp: 'datetimenotz',
      Birthdate: 'string',
    });
    const raw = await soqlRows(
      'SELECT Id, LastModifiedDate, CreatedDate, SystemModstamp, Birthdate FROM Contact ORDER BY Id',
    );
    const rows = await f.harness.rows(table, 'Id');
    const first = raw[0] as Record<string, string>;
    expect(first.LastModifiedDate).toMatch(/\+0000$/);
    expect(rows[0]).toEqual({
      Id: first.Id,
      LastModifiedDate: new Date(first.LastModifiedDate ?? '').toISOString(),
      CreatedDate: first.CreatedDate?.slice(0, 10),
      // The wall-clock time as written; PostgreSQL gives it back without a zero fraction.
      SystemModstamp: expect.stringMatching(
        new RegExp(`^${first.SystemModstamp?.slice(0, 19) ?? ''}(\\.000)?$`),
      ) as string,
      Birthdate: first.Birthdate ?? null,
    });
    expect(rows).toHaveLength(raw.length);
  });

  it('applies a valid filter, translated for the CRM, and Query for all elements', async () => {
    const filter = level(
      ['and', cond('LastModifiedDate', '>=', "new Date('2026-01-01T00:00:00Z')")],
      ['and', cond('Email', 'isNotEmpty')],
    );
    const { outcome } = await f.harness.execute(
      crmConnectorActivity.execute,
      importActivity({ import: { filter } }),
      null,
    );
    const expected = await soqlRows(
      'SELECT Id FROM Contact WHERE LastModifiedDate >= 2026-01-01T00:00:00Z AND Email != null',
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(outcome.outputs.ok?.count).toBe(expected.length);

    const [victim] = await soqlRows('SELECT Id FROM Contact ORDER BY Id LIMIT 1');
    await f.salesforce.conn.sobject('Contact').destroy(String(victim?.Id));
    const all = await f.harness.execute(
      crmConnectorActivity.execute,
      importActivity({ import: { queryAll: true } }),
      null,
    );
    const live = (await soqlRows('SELECT Id FROM Contact')).length;
    const withDeleted = (await f.salesforce.conn.query('SELECT Id FROM Contact', { scanAll: true }))
      .records.length;
    expect(withDeleted).toBeGreaterThan(live);
    expect(all.outcome.outputs.ok?.count).toBe(withDeleted);
  });

  it.each([
    [
      level(
        ['and', cond('Email', 'isEmpty')],
        ['or', cond('Birthdate', 'isEmpty')],
        ['and', cond('Phone', 'isEmpty')],
      ),
      'one type of operator',
    ],
    [
      level(['and', cond('Email', 'isEmpty')], ['andNot', cond('Phone', 'isEmpty')]),
      'AND NOT operator is not supported',
    ],
    [
      level(['and', cond('LastName', '=', "'Smith'")]),
      'Comparisons may only concern numbers or dates',
    ],
    [
      level(['and', cond('Account.NumberOfEmployees', '>', '10')]),
      'JOIN comparisons are not supported',
    ],
    [level(['and', cond('LastName + 1', '>', '10')]), 'left-hand column must be one field'],
    [level(['and', cond('Shoe_Size__c', '>', '10')]), 'is not a field of the remote object'],
    [level(['and', cond('CreatedDate', '>', 'new Date(')]), 'cannot be evaluated in JavaScript'],
  ])(
    'refuses a filter breaking a rule, naming it, before anything is created: %#',
    async (filter, rule) => {
      const activity = importActivity({ import: { filter } });
      const messages = await problemTexts(
        crmConnectorActivity.check?.(activitySchema.parse(activity) as never, f.harness.env),
      );
      expect(messages?.join(' ')).toContain(rule);
      expect(messages?.[0]).toMatch(/^Filter, line /);
      const before = queries.length;
      const tablesBefore = (await f.harness.env.records.listTables()).length;
      await expect(f.harness.execute(crmConnectorActivity.execute, activity, null)).rejects.toThrow(
        rule,
      );
      expect(queries.length).toBe(before);
      expect((await f.harness.env.records.listTables()).length).toBe(tablesBefore);
    },
  );

  it('sorts with Order by, and refuses it before any query where the CRM cannot sort', async () => {
    pagesSeen.length = 0;
    await f.harness.execute(
      crmConnectorActivity.execute,
      importActivity({
        import: {
          fields: [{ remote: 'LastName' }],
          orderBy: [{ field: 'LastName', descending: true }],
        },
      }),
      null,
    );
    const names = pagesSeen.flat();
    expect(names.length).toBeGreaterThan(10);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    expect(queries.at(-1)?.orderBy).toEqual([{ field: 'LastName', descending: true }]);

    sorting = false;
    const before = queries.length;
    try {
      await expect(
        f.harness.execute(
          crmConnectorActivity.execute,
          importActivity({ import: { orderBy: [{ field: 'LastName' }] } }),
          null,
        ),
      ).rejects.toThrow('cannot sort an import');
    } finally {
      sorting = true;
    }
    expect(queries.length).toBe(before);
  });

  it('refuses sorting and filtering together before any query where the CRM does one or the other', async () => {
    sortOrFilterOnly = msg('messages:connectors.oracle.sortOrFilter');
    const before = queries.length;
    const sorted = { fields: [{ remote: 'LastName' }], orderBy: [{ field: 'LastName' }] };
    try {
      for (const filtering of [
        { filter: cond('LastName', 'isNotEmpty') },
        { automaticIndex: { enabled: true } },
        { identification: 'upstream' as const, remoteIdColumn: 'sfId' },
      ])
        await expect(
          f.harness.execute(
            crmConnectorActivity.execute,
            importActivity({ import: { ...sorted, ...filtering } }),
            null,
          ),
        ).rejects.toThrow(
          /^API version v1\.0 lets you sort or filter .* Remove the Order by columns/,
        );
      expect(queries.length).toBe(before);
      await f.harness.execute(
        crmConnectorActivity.execute,
        importActivity({ import: sorted }),
        null,
      );
      expect(queries.length).toBe(before + 1);
    } finally {
      sortOrFilterOnly = null;
    }
  });

  it('refuses Query for all elements before any query where the CRM cannot include deleted records', async () => {
    queryingAll = false;
    const before = queries.length;
    try {
      await expect(
        f.harness.execute(
          crmConnectorActivity.execute,
          importActivity({ import: { fields: [{ remote: 'LastName' }], queryAll: true } }),
          null,
        ),
      ).rejects.toThrow('cannot include deleted records');
    } finally {
      queryingAll = true;
    }
    expect(queries.length).toBe(before);
  });

  it('imports exactly the records of the population calculated upstream', async () => {
    const some = (await soqlRows('SELECT Id, LastName FROM Contact ORDER BY Id LIMIT 3')).map((r) =>
      String(r.Id),
    );
    const population = await f.harness.populate(
      [
        { name: 'n', label: 'N', type: 'long' },
        { name: 'sfId', label: 'Salesforce id', type: 'string', length: 18 },
      ],
      ['n'],
      [
        { n: 1, sfId: some[0] ?? '' },
        { n: 2, sfId: some[1] ?? '' },
        { n: 3, sfId: some[2] ?? '' },
        { n: 4, sfId: some[0] ?? '' },
        { n: 5, sfId: "003' OR Name != '" },
      ],
    );
    const { outcome } = await f.harness.execute(
      crmConnectorActivity.execute,
      importActivity({
        import: {
          identification: 'upstream',
          remoteIdColumn: 'sfId',
          fields: [{ remote: 'LastName' }],
          // Ignored with the upstream population: the ids say which records.
          filter: level(['and', cond('Email', 'isEmpty')]),
        },
      }),
      population,
    );
    const rows = await f.harness.rows(outcome.outputs.ok?.table ?? '', 'Id');
    expect(rows.map((r) => r.Id)).toEqual([...some].sort());
    expect(queries.at(-1)?.ids).toHaveLength(4);
  });

  it('imports incrementally with the automatic index across three runs', async () => {
    f.clock.set(Date.parse('2026-03-02T12:00:00Z'));
    const activity = importActivity({
      id: 'crmIncremental',
      import: { fields: [{ remote: 'LastName' }], automaticIndex: { enabled: true } },
    });
    const optionName = 'LASTIMPORT_test_instance_crmIncremental';
    const run = async () => {
      const result = await f.harness.execute(crmConnectorActivity.execute, activity, null);
      const rows = await f.harness.rows(result.outcome.outputs.ok?.table ?? '', 'Id');
      return { rows, vars: result.vars };
    };

    const first = await run();
    const live = await soqlRows('SELECT Id FROM Contact');
    expect(first.rows).toHaveLength(live.length);
    expect(Object.keys(first.rows[0] ?? {})).toEqual(['Id', 'LastName', 'LastModifiedDate']);
    expect(first.vars).toEqual({
      crmOptionName: optionName,
      crmStartImport: '',
      crmEndDate: '2026/03/02 12:00:00',
    });
    expect(f.harness.options.get(optionName)).toMatchObject({
      type: 'text',
      value: '2026/03/02 12:00:00',
    });

    f.clock.set(Date.parse('2026-03-02T13:00:00Z'));
    const ids = live.map((r) => String(r.Id)).sort();
    const contacts = f.salesforce.conn.sobject('Contact');
    await contacts.update([
      { Id: ids[0] ?? '', LastName: 'Changed0' },
      { Id: ids[1] ?? '', LastName: 'Changed1' },
    ]);
    const created = await contacts.create({ LastName: 'Newcomer' });
    f.clock.set(Date.parse('2026-03-02T14:00:30Z'));
    const second = await run();
    expect(second.rows.map((r) => r.LastName).sort()).toEqual(['Changed0', 'Changed1', 'Newcomer']);
    expect(second.rows.map((r) => r.Id)).toContain(created.id);
    expect(second.vars).toEqual({
      crmOptionName: optionName,
      crmStartImport: '2026/03/02 12:00:00',
      crmEndDate: '2026/03/02 14:00:30',
    });

    f.clock.set(Date.parse('2026-03-02T15:00:00Z'));
    await contacts.update({ Id: ids[2] ?? '', LastName: 'Changed2' });
    f.clock.set(Date.parse('2026-03-02T16:00:00Z'));
    const third = await run();
    expect(third.rows.map((r) => [r.Id, r.LastName])).toEqual([[ids[2], 'Changed2']]);
    expect(third.vars.crmStartImport).toBe('2026/03/02 14:00:30');
    expect(f.harness.options.get(optionName)?.value).toBe('2026/03/02 16:00:00');
  });

  it('reads an index option created by hand as text, as the seed says, and keeps it text', async () => {
    f.clock.set(Date.parse('2026-03-02T12:00:00Z'));
    const activity = importActivity({
      id: 'crmHandMade',
      import: {
        fields: [{ remote: 'LastName' }],
        automaticIndex: { enabled: true, optionName: 'MY_TEXT_INDEX' },
      },
    });
    await f.harness.env.options.put({
      name: 'MY_TEXT_INDEX',
      label: 'Typed by hand',
      type: 'text',
      value: ' 2026/03/02 11:00:00 ',
    });
    const result = await f.harness.execute(crmConnectorActivity.execute, activity, null);
    expect(result.vars.crmStartImport).toBe('2026/03/02 11:00:00');
    expect(f.harness.options.get('MY_TEXT_INDEX')).toMatchObject({
      type: 'text',
      label: 'Typed by hand',
      value: '2026/03/02 12:00:00',
    });
  });

  it('leaves the index where it was when the import is cancelled', async () => {
    const activity = importActivity({
      id: 'crmFails',
      import: { automaticIndex: { enabled: true, optionName: 'MY_INDEX' } },
    });
    await f.harness.env.options.put({
      name: 'MY_INDEX',
      label: 'Mine',
      type: 'datetime',
      value: '2026/03/01 00:00:00',
    });
    const cancel = new AbortController();
    cancel.abort(new Error('Cancelled by the administrator.'));
    await expect(
      f.harness.execute(crmConnectorActivity.execute, activity, null, { signal: cancel.signal }),
    ).rejects.toThrow('Cancelled by the administrator.');
    expect(f.harness.options.get('MY_INDEX')?.value).toBe('2026/03/01 00:00:00');
  });
});
