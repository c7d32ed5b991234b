import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RecordRow } from '../../../../../shared/domain/records';
import type { ActivityInput } from '../../../../../shared/domain/workflows/activity-settings';
import type { BulkJobs, Connector } from '../../../../connectors/connector';
import { crmConnectorActivity } from './crm-connector';
import { account, openCrmFixture, type CrmFixture } from './test-support/crm-fixture';

type CrmInput = Extract<ActivityInput, { type: 'crmConnector' }>;

/** Imports and exports above the activity's bulk threshold, through Bulk API 2.0 jobs. */
describe('CRM connector through Bulk API 2.0', () => {
  let f: CrmFixture;
  let calls: Record<string, number> = {};
  /** When set, a bulk job runs but its answer is lost, as a crash after the upload would. */
  let loseBulkAnswer = false;
  const wrap = (c: Connector): Connector => {
    const bulk = c.bulk as BulkJobs;
    return Object.assign(Object.create(c) as Connector, {
      bulk: {
        ...bulk,
        runWrite: async (...args: Parameters<BulkJobs['runWrite']>) => {
          const results = await bulk.runWrite(...args);
          if (loseBulkAnswer) throw new Error('The console stopped before the job answered.');
          return results;
        },
      } satisfies BulkJobs,
    });
  };

  beforeAll(async () => {
    f = await openCrmFixture({
      records: 300,
      wrap,
      onRequest: (route, phase) => {
        if (phase === 'before') calls[route] = (calls[route] ?? 0) + 1;
      },
    });
  });
  afterAll(() => f.dispose());
  beforeEach(() => {
    calls = {};
    loseBulkAnswer = false;
  });

  const columns = [
    { name: 'recipientId', label: 'Recipient', type: 'long' as const },
    { name: 'lastName', label: 'Last name', type: 'string' as const, length: 80 },
    { name: 'email', label: 'Email', type: 'string' as const, length: 80 },
  ];
  const recipients = (
    prefix: string,
    count: number,
    extra: (i: number) => RecordRow = () => ({}),
  ) =>
    f.harness.populate(
      columns,
      ['recipientId'],
      Array.from({ length: count }, (_, i) => ({
        recipientId: i + 1,
        lastName: `${prefix}${i + 1}`,
        email: `${prefix.toLowerCase()}${i + 1}@example.com`,
        ...extra(i),
      })),
    );
  const exportActivity: CrmInput = {
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
    behavior: { processRejects: true },
    bulk: { enabled: true, threshold: 5 },
  };
  const contactsNamed = async (prefix: string) =>
    (
      await f.salesforce.conn.query<{ Id: string; LastName: string }>(
        `SELECT Id, LastName FROM Contact WHERE LastName LIKE '${prefix}%'`,
      )
    ).records;

  it('imports above the threshold through one bulk query job, the same rows as REST pages', async () => {
    const importActivity = (threshold: number): CrmInput => ({
      type: 'crmConnector',
      id: 'crmImport',
      label: 'Import contacts',
      position: { x: 0, y: 0 },
      account,
      remoteObject: 'Contact',
      operation: 'import',
      import: { fields: [{ remote: 'LastName' }, { remote: 'Email' }, { remote: 'Birthdate' }] },
      bulk: { enabled: true, threshold },
    });
    const bulk = await f.harness.execute(crmConnectorActivity.execute, importActivity(10), null);
    expect(calls.bulkQueryCreate).toBe(1);
    expect(bulk.logs.map((l) => l.text)).toContainEqual(
      expect.stringContaining('read through a Bulk API query job'),
    );
    calls = {};
    const rest = await f.harness.execute(
      crmConnectorActivity.execute,
      importActivity(1_000_000),
      null,
    );
    expect(calls.bulkQueryCreate).toBeUndefined();
    const bulkRows = await f.harness.rows(bulk.outcome.outputs.ok?.table ?? '', 'Id');
    const restRows = await f.harness.rows(rest.outcome.outputs.ok?.table ?? '', 'Id');
    expect(bulkRows.length).toBeGreaterThan(200);
    expect(bulkRows).toEqual(restRows);
  });

  it('exports above the threshold as a bulk job: OK with crmId, rejects aligned with the CRM text', async () => {
    const input = await recipients('BulkOut', 8, (i): RecordRow =>
      i === 2 ? { email: 'not-an-email' } : i === 5 ? { lastName: null } : {},
    );
    const { outcome, logs } = await f.harness.execute(
      crmConnectorActivity.execute,
      exportActivity,
      input,
    );
    expect(calls.bulkIngestCreate).toBe(1);
    expect(calls.collectionsCreate).toBeUndefined();
    expect(logs.map((l) => l.text)).toContainEqual(expect.stringContaining('Bulk API jobs'));
    const ok = await f.harness.rows(outcome.outputs.ok?.table ?? '', 'recipientId');
    const contacts = await contactsNamed('BulkOut');
    const byName = new Map(contacts.map((c) => [c.LastName, c.Id]));
    expect(ok.map((r) => r.recipientId)).toEqual([1, 2, 4, 5, 7, 8]);
    for (const row of ok) expect(row.crmId).toBe(byName.get(String(row.lastName)));
    const rejected = await f.harness.rows(outcome.outputs.reject?.table ?? '', 'recipientId');
    expect(rejected).toEqual([
      expect.objectContaining({
        recipientId: 3,
        errorSymbol: 'INVALID_EMAIL_ADDRESS',
        errorMessage: 'Email: invalid email address: not-an-email (Email)',
      }),
      expect.objectContaining({
        recipientId: 6,
        errorSymbol: 'REQUIRED_FIELD_MISSING',
        errorMessage: 'Required fields are missing: [LastName] (LastName)',
      }),
    ]);
  });

  it('after a crash mid-job reads the journaled job back: nothing sent again, nothing lost', async () => {
    const input = await recipients('BulkCrash', 12);
    loseBulkAnswer = true;
    await expect(
      f.harness.execute(crmConnectorActivity.execute, exportActivity, input, {
        executionId: 'bulk-crash',
      }),
    ).rejects.toThrow('stopped before the job answered');
    expect(calls.bulkIngestCreate).toBe(1);
    expect(await contactsNamed('BulkCrash')).toHaveLength(12);
    loseBulkAnswer = false;
    calls = {};
    const { outcome, logs } = await f.harness.execute(
      crmConnectorActivity.execute,
      exportActivity,
      input,
      { executionId: 'bulk-crash' },
    );
    expect(calls.bulkIngestCreate).toBeUndefined();
    expect(calls.bulkIngestUpload).toBeUndefined();
    expect(calls.collectionsCreate).toBeUndefined();
    expect(logs.map((l) => l.text)).toContainEqual(
      expect.stringContaining('12 record(s) of an interrupted export settled'),
    );
    const contacts = await contactsNamed('BulkCrash');
    expect(contacts).toHaveLength(12);
    const ok = await f.harness.rows(outcome.outputs.ok?.table ?? '', 'recipientId');
    const byName = new Map(contacts.map((c) => [c.LastName, c.Id]));
    expect(ok).toHaveLength(12);
    for (const row of ok) expect(row.crmId).toBe(byName.get(String(row.lastName)));
  });
});
