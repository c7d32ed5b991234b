import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RecordRow } from '../../../../../shared/domain/records';
import type { ActivityInput } from '../../../../../shared/domain/workflows/activity-settings';
import type { Connector } from '../../../../connectors/connector';
import { engines } from '../../../../test-support/record-stores';
import { crmConnectorActivity } from './crm-connector';
import { account, openCrmFixture, type CrmFixture } from './test-support/crm-fixture';

type CrmInput = Extract<ActivityInput, { type: 'crmConnector' }>;

const exportActivity = (settings: Partial<CrmInput> = {}): CrmInput => ({
  type: 'crmConnector',
  id: 'crmExport',
  label: 'Export recipients',
  position: { x: 0, y: 0 },
  account,
  remoteObject: 'Contact',
  operation: 'export',
  export: {
    mapping: [
      { source: 'lastName', remote: 'LastName' },
      { source: 'email', remote: 'Email' },
    ],
  },
  ...settings,
});

const recipientColumns = [
  { name: 'recipientId', label: 'Recipient', type: 'long' as const },
  { name: 'lastName', label: 'Last name', type: 'string' as const, length: 80 },
  { name: 'email', label: 'Email', type: 'string' as const, length: 80 },
  { name: 'externalId', label: 'External id', type: 'string' as const, length: 40 },
];

describe.each(engines)('CRM connector export and delete (%s)', (engine) => {
  let f: CrmFixture;
  let calls: Record<string, number> = {};
  /** The write call (from 1) the CRM applies but whose answer is lost, as a cut connection would. */
  let loseAt: number | null = null;
  let writeCalls = 0;
  /** Write calls started, out at the same time now, and at most. */
  let started = 0;
  let out = 0;
  let mostOut = 0;
  /** When set, each answer is held until this many write calls have started. */
  let holdUntil: number | null = null;
  let held: (() => void)[] = [];
  /** Told when a write call starts. */
  let onStart: (() => void) | null = null;
  const lost = async <T>(call: () => Promise<T>): Promise<T> => {
    started += 1;
    out += 1;
    mostOut = Math.max(mostOut, out);
    onStart?.();
    if (holdUntil !== null && started >= holdUntil) for (const go of held.splice(0)) go();
    try {
      const results = await call();
      if (holdUntil !== null && started < holdUntil)
        await new Promise<void>((resolve) => held.push(resolve));
      writeCalls += 1;
      if (writeCalls === loseAt) throw new Error('The connection was cut before the answer.');
      return results;
    } finally {
      out -= 1;
    }
  };
  const wrap = (c: Connector): Connector =>
    Object.assign(Object.create(c) as Connector, {
      write: (...args: Parameters<Connector['write']>) => lost(() => c.write(...args)),
      deleteRecords: (...args: Parameters<Connector['deleteRecords']>) =>
        lost(() => c.deleteRecords(...args)),
    });

  beforeAll(async () => {
    f = await openCrmFixture({
      engine,
      wrap,
      onRequest: (route, phase) => {
        if (phase === 'before') calls[route] = (calls[route] ?? 0) + 1;
      },
    });
  });
  afterAll(() => f.dispose());
  const resetCalls = () => {
    calls = {};
    writeCalls = 0;
    loseAt = null;
    started = 0;
    out = 0;
    mostOut = 0;
    holdUntil = null;
    held = [];
    onStart = null;
  };
  beforeEach(resetCalls);

  const recipients = (
    prefix: string,
    count: number,
    extra: (i: number) => RecordRow = () => ({}),
  ) =>
    f.harness.populate(
      recipientColumns,
      ['recipientId'],
      Array.from({ length: count }, (_, i) => ({
        recipientId: i + 1,
        lastName: `${prefix}${i + 1}`,
        email: `${prefix.toLowerCase()}${i + 1}@example.com`,
        externalId: null,
        ...extra(i),
      })),
    );
  const contactsNamed = async (prefix: string) =>
    (
      await f.salesforce.conn.query<{ Id: string; LastName: string; Email: string | null }>(
        `SELECT Id, LastName, Email, External_Id__c FROM Contact WHERE LastName LIKE '${prefix}%' ORDER BY LastName`,
        { autoFetch: true, maxFetch: 100_000 },
      )
    ).records;

  it('inserts when no key is mapped, in batches, giving OK the input columns and crmId', async () => {
    const input = await recipients('Insert', 250);
    const { outcome, progress } = await f.harness.execute(
      crmConnectorActivity.execute,
      exportActivity(),
      input,
    );
    expect(calls.collectionsCreate).toBe(2);
    const created = await contactsNamed('Insert');
    expect(created).toHaveLength(250);
    const ok = await f.harness.rows(outcome.outputs.ok?.table ?? '', 'recipientId');
    expect(ok).toHaveLength(250);
    expect(Object.keys(ok[0] ?? {})).toEqual([...recipientColumns.map((c) => c.name), 'crmId']);
    const byName = new Map(created.map((c) => [c.LastName, c.Id]));
    for (const row of ok) expect(row.crmId).toBe(byName.get(String(row.lastName)));
    expect(progress.at(-1)).toEqual({ done: 250, total: 250 });
  });

  it('keeps ten batches in flight, each answer routed to its own input row', async () => {
    const input = await recipients('Parallel', 2400);
    // No answer comes back before ten calls are out: an export sending one batch at a time
    // would wait here forever, one without a bound would have all twelve out.
    holdUntil = 10;
    const { outcome, progress } = await f.harness.execute(
      crmConnectorActivity.execute,
      exportActivity(),
      input,
    );
    expect(calls.collectionsCreate).toBe(12);
    expect(mostOut).toBe(10);
    const created = await contactsNamed('Parallel');
    expect(created).toHaveLength(2400);
    const ok = await f.harness.rows(outcome.outputs.ok?.table ?? '', 'recipientId');
    expect(ok).toHaveLength(2400);
    const byName = new Map(created.map((c) => [c.LastName, c.Id]));
    for (const row of ok) expect(row.crmId).toBe(byName.get(String(row.lastName)));
    // Progress counts rows answered, page by page in input order.
    const done = progress.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.every((n) => n % 1000 === 0 || n === 2400)).toBe(true);
    expect(progress.at(-1)).toEqual({ done: 2400, total: 2400 });
  });

  it('a cancel starts no new batch, journals the ones out, and the re-run sends only the rest', async () => {
    const input = await recipients('Cancel', 4000);
    const controller = new AbortController();
    onStart = () => {
      if (started === 3) controller.abort();
    };
    await expect(
      f.harness.execute(crmConnectorActivity.execute, exportActivity(), input, {
        executionId: 'cancel',
        signal: controller.signal,
      }),
    ).rejects.toThrow();
    const sent = started;
    expect(sent).toBeLessThan(20);
    expect(await contactsNamed('Cancel')).toHaveLength(sent * 200);
    resetCalls();
    const { outcome, logs } = await f.harness.execute(
      crmConnectorActivity.execute,
      exportActivity(),
      input,
      { executionId: 'cancel' },
    );
    expect(calls.collectionsCreate).toBe(20 - sent);
    expect(logs.some((l) => l.text.includes('interrupted export'))).toBe(false);
    const contacts = await contactsNamed('Cancel');
    expect(contacts).toHaveLength(4000);
    expect(outcome.outputs.ok?.count).toBe(4000);
  });

  it('sends one record per call without Export in Batches', async () => {
    const input = await recipients('Single', 3);
    await f.harness.execute(
      crmConnectorActivity.execute,
      exportActivity({ export: { ...exportActivity().export, batches: false } }),
      input,
    );
    expect(calls.collectionsCreate).toBe(3);
    expect(await contactsNamed('Single')).toHaveLength(3);
  });

  it('upserts by an external-id field, and by the record id when it is mapped', async () => {
    const input = await recipients('Upsert', 3, (i) => ({ externalId: `UP-${i}` }));
    const activity = exportActivity({
      export: {
        mapping: [
          { source: 'lastName', remote: 'LastName' },
          { source: 'externalId', remote: 'External_Id__c' },
        ],
      },
    });
    await f.harness.execute(crmConnectorActivity.execute, activity, input);
    await f.harness.execute(crmConnectorActivity.execute, activity, input);
    expect(calls.collectionsUpsert).toBe(2);
    expect(calls.collectionsCreate).toBeUndefined();
    const contacts = await contactsNamed('Upsert');
    expect(contacts).toHaveLength(3);

    const byId = await f.harness.populate(
      [
        { name: 'sfId', label: 'Id', type: 'string', length: 18 },
        { name: 'lastName', label: 'Last name', type: 'string', length: 80 },
      ],
      ['sfId'],
      contacts.map((c, i) => ({ sfId: c.Id, lastName: `UpsertRenamed${i}` })),
    );
    const { outcome } = await f.harness.execute(
      crmConnectorActivity.execute,
      exportActivity({
        export: {
          mapping: [
            { source: 'sfId', remote: 'Id' },
            { source: 'lastName', remote: 'LastName' },
          ],
        },
      }),
      byId,
    );
    expect(await contactsNamed('UpsertRenamed')).toHaveLength(3);
    expect(await contactsNamed('Upsert')).toHaveLength(3);
    const ok = await f.harness.rows(outcome.outputs.ok?.table ?? '', 'sfId');
    expect(ok.map((r) => r.crmId)).toEqual(ok.map((r) => r.sfId));
  });

  it('routes rejects with the CRM error columns, and keeps them in a CSV file', async () => {
    const input = await recipients('Reject', 4, (i): RecordRow =>
      i === 1 ? { email: 'not-an-email' } : i === 2 ? { lastName: null } : {},
    );
    const { outcome, logs } = await f.harness.execute(
      crmConnectorActivity.execute,
      exportActivity({
        behavior: { processRejects: true, rejectionFile: 'rejects/contacts.csv' },
      }),
      input,
    );
    const ok = await f.harness.rows(outcome.outputs.ok?.table ?? '', 'recipientId');
    expect(ok.map((r) => r.recipientId)).toEqual([1, 4]);
    const rejected = await f.harness.rows(outcome.outputs.reject?.table ?? '', 'recipientId');
    expect(rejected).toEqual([
      expect.objectContaining({
        recipientId: 2,
        email: 'not-an-email',
        errorSymbol: 'INVALID_EMAIL_ADDRESS',
        errorMessage: expect.stringContaining('Email') as string,
        errorCode: null,
      }),
      expect.objectContaining({
        recipientId: 3,
        errorSymbol: 'REQUIRED_FIELD_MISSING',
        errorMessage: expect.stringContaining('LastName') as string,
      }),
    ]);
    expect(outcome.outputs.reject?.count).toBe(2);
    expect(logs.filter((l) => l.level === 'warning')).toEqual([]);
    const csv = parse(await readFile(join(f.harness.env.dataDir, 'rejects/contacts.csv'), 'utf8'), {
      columns: true,
    }) as Record<string, string>[];
    expect(csv.map((r) => [r.recipientId, r.errorSymbol])).toEqual([
      ['2', 'INVALID_EMAIL_ADDRESS'],
      ['3', 'REQUIRED_FIELD_MISSING'],
    ]);
  });

  it('without Process rejects, writes one warning per rejected record', async () => {
    const input = await recipients('Warn', 3, (i): RecordRow => (i === 0 ? { email: 'bad' } : {}));
    const { outcome, logs } = await f.harness.execute(
      crmConnectorActivity.execute,
      exportActivity(),
      input,
    );
    expect(outcome.outputs.reject).toBeUndefined();
    const warnings = logs.filter((l) => l.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.text).toContain('INVALID_EMAIL_ADDRESS');
    expect(warnings[0]?.text).toContain('Record 1');
  });

  it('re-run after a lost answer: the batches out together are not sent again, the in-doubt insert is reconciled', async () => {
    // Three full batches, all in flight at once: whichever answer is lost, 200 are in doubt.
    const input = await recipients('Doubt', 600);
    loseAt = 2;
    await expect(
      f.harness.execute(crmConnectorActivity.execute, exportActivity(), input, {
        executionId: 'doubt',
      }),
    ).rejects.toThrow('cut before the answer');
    expect(calls.collectionsCreate).toBe(3);
    expect(await contactsNamed('Doubt')).toHaveLength(600);
    resetCalls();
    const { outcome, logs } = await f.harness.execute(
      crmConnectorActivity.execute,
      exportActivity(),
      input,
      { executionId: 'doubt' },
    );
    expect(calls.collectionsCreate).toBeUndefined();
    const contacts = await contactsNamed('Doubt');
    expect(contacts).toHaveLength(600);
    expect(new Set(contacts.map((c) => c.LastName)).size).toBe(600);
    const ok = await f.harness.rows(outcome.outputs.ok?.table ?? '', 'recipientId');
    const byName = new Map(contacts.map((c) => [c.LastName, c.Id]));
    expect(ok).toHaveLength(600);
    for (const row of ok) expect(row.crmId).toBe(byName.get(String(row.lastName)));
    expect(logs.some((l) => l.text.includes('200 record(s) of an interrupted export'))).toBe(true);
  });

  it('re-run after a lost upsert answer sends the batch again, creating nothing twice', async () => {
    const input = await recipients('Again', 3, (i) => ({ externalId: `AG-${i}` }));
    const activity = exportActivity({
      export: {
        mapping: [
          { source: 'lastName', remote: 'LastName' },
          { source: 'externalId', remote: 'External_Id__c' },
        ],
      },
    });
    loseAt = 1;
    await expect(
      f.harness.execute(crmConnectorActivity.execute, activity, input, { executionId: 'again' }),
    ).rejects.toThrow('cut before the answer');
    resetCalls();
    const { outcome } = await f.harness.execute(crmConnectorActivity.execute, activity, input, {
      executionId: 'again',
    });
    expect(calls.collectionsUpsert).toBe(1);
    expect(await contactsNamed('Again')).toHaveLength(3);
    expect(outcome.outputs.ok?.count).toBe(3);
  });

  it('deletes the ids of a column, per-record results, and settles a delete cut short', async () => {
    const created = await f.salesforce.conn
      .sobject('Contact')
      .create([{ LastName: 'Gone1' }, { LastName: 'Gone2' }, { LastName: 'Gone3' }]);
    const ids = created.map((c) => String(c.id));
    const input = await f.harness.populate(
      [
        { name: 'n', label: 'N', type: 'long' },
        { name: 'sfId', label: 'Id', type: 'string', length: 40 },
      ],
      ['n'],
      [...ids, 'not-an-id'].map((sfId, i) => ({ n: i + 1, sfId })),
    );
    const activity = exportActivity({
      operation: 'delete',
      deleteIdColumn: 'sfId',
      behavior: { processRejects: true },
    });
    loseAt = 1;
    await expect(
      f.harness.execute(crmConnectorActivity.execute, activity, input, { executionId: 'gone' }),
    ).rejects.toThrow('cut before the answer');
    resetCalls();
    const { outcome } = await f.harness.execute(crmConnectorActivity.execute, activity, input, {
      executionId: 'gone',
    });
    expect(calls.collectionsDelete).toBe(1);
    expect(await contactsNamed('Gone')).toHaveLength(0);
    const ok = await f.harness.rows(outcome.outputs.ok?.table ?? '', 'n');
    expect(ok.map((r) => r.sfId)).toEqual(ids);
    const rejected = await f.harness.rows(outcome.outputs.reject?.table ?? '', 'n');
    expect(rejected).toEqual([
      expect.objectContaining({ sfId: 'not-an-id', errorSymbol: 'MALFORMED_ID' }),
    ]);
  });

  it('imports the objects deleted in a window, and refuses one past the retention before any call', async () => {
    const start = Date.parse('2026-11-01T10:00:00Z');
    f.clock.set(start);
    const [created] = await f.salesforce.conn.sobject('Contact').create([{ LastName: 'Bin1' }]);
    f.clock.set(start + 3_600_000);
    await f.salesforce.conn.sobject('Contact').destroy(String(created?.id));
    f.clock.set(start + 7_200_000);
    const importDeleted = (deleted: { start: string; end: string }) =>
      exportActivity({ operation: 'importDeleted', deleted });
    const { outcome } = await f.harness.execute(
      crmConnectorActivity.execute,
      importDeleted({ start: '2026.11.01 10.30.00', end: "new Date('2026-11-01T11:00:00Z')" }),
      null,
    );
    const rows = await f.harness.rows(outcome.outputs.ok?.table ?? '', 'Id');
    expect(rows).toEqual([{ Id: created?.id, deletedDate: '2026-11-01T11:00:00.000Z' }]);

    resetCalls();
    await expect(
      f.harness.execute(
        crmConnectorActivity.execute,
        importDeleted({ start: '2026-09-01', end: '2026/11/01' }),
        null,
      ),
    ).rejects.toThrow('keeps deleted records 30 days only');
    expect(calls.deleted).toBeUndefined();
  });
});
