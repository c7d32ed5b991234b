import { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordRow } from '../../../shared/domain/records';
import type { RunLogLine, RunView } from '../../../shared/domain/workflows/run-views';
import type { WorkflowInput } from '../../../shared/domain/workflows/workflow-graph';
import type { ConsoleEvent } from '../../../shared/events';
import { adminPassword, openTempConsole, type TempConsole } from '../../test-support/temp-console';
import type { DemoEmulator } from '../../../emulators/demo-emulators';
import { salesforceDemoLogin } from '../../connectors/salesforce/salesforce-kind';

const at = (x: number) => ({ x, y: 0 });

/**
 * The seed's two workflows on the whole console core, as the editor saves them: the Demo
 * Salesforce account configured by the wizard and approved at log-on, runs started through the
 * channels, the CRM connector against the Demo emulator over HTTPS.
 */
describe('the seed workflows on the console core', () => {
  let t: TempConsole;
  let sf: DemoEmulator;

  async function call<T>(channel: string, arg?: unknown): Promise<T> {
    const outcome = await t.core.dispatcher.dispatch(channel, arg);
    if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
    return outcome.value as T;
  }

  function nextEvent<E extends ConsoleEvent>(match: (e: ConsoleEvent) => e is E): Promise<E> {
    return new Promise((resolve) => {
      const unsubscribe = t.core.events.subscribe((e) => {
        if (!match(e)) return;
        unsubscribe();
        resolve(e);
      });
    });
  }

  /** Starts the workflow and waits until its run has ended. */
  async function run(name: string): Promise<RunView> {
    const ended = nextEvent(
      (e): e is Extract<ConsoleEvent, { type: 'workflow.run' }> =>
        e.type === 'workflow.run' && ['succeeded', 'failed', 'suspended'].includes(e.run.status),
    );
    await call('workflows.start', { name });
    return (await ended).run;
  }

  async function allRows(table: string, sortBy: string): Promise<RecordRow[]> {
    const rows: RecordRow[] = [];
    const sort = [{ column: sortBy, descending: false }];
    for await (const batch of t.core.records.stream(table, { sort }, 1000)) rows.push(...batch);
    return rows;
  }

  beforeAll(async () => {
    t = await openTempConsole({ loggedOn: true });
    sf = await t.core.demo.emulator('salesforce');
    const { jobId } = await call<{ jobId: string }>('wizard.createSchema', {
      account: 'demoSalesforce',
      tables: ['Contact'],
    });
    const finished = await nextEvent(
      (e): e is Extract<ConsoleEvent, { type: 'job.finished' }> =>
        e.type === 'job.finished' && e.jobId === jobId,
    );
    expect(finished.outcome).toBe('succeeded');
    await call('session.logOff');
    await t.core.session.logOn({ operator: 'admin', password: adminPassword });
    expect(await call('workflows.remoteObjects', { account: 'demoSalesforce' })).toEqual([
      expect.objectContaining({ name: 'Contact' }),
    ]);
  });
  afterAll(() => t.dispose());

  it("tells the editor what the account's CRM allows, without a login", async () => {
    expect(await call('workflows.crmCapabilities', { account: 'demoSalesforce' })).toEqual({
      orderBy: true,
      sortOrFilterOnly: null,
      queryAll: true,
      deletedRetentionDays: 30,
      bulkApi: true,
    });
    expect(
      await t.core.dispatcher.dispatch('workflows.crmCapabilities', { account: 'noSuchAccount' }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('import: CRM connector → Deduplication → Update data fills Recipients; a failed call is retried through Wait', async () => {
    const workflow: WorkflowInput = {
      name: 'wkfImport',
      label: 'Import contacts',
      activities: [
        { id: 'start', label: 'Start', position: at(0), type: 'start' },
        {
          id: 'crm',
          label: 'Import contacts',
          position: at(1),
          type: 'crmConnector',
          account: 'demoSalesforce',
          operation: 'import',
          remoteObject: 'Contact',
          import: {
            fields: [{ remote: 'Email' }, { remote: 'FirstName' }, { remote: 'LastName' }],
            automaticIndex: { enabled: true },
          },
          behavior: { processErrors: true },
        },
        { id: 'retry', label: 'Retry', position: at(2), type: 'wait', seconds: 0 },
        {
          id: 'dedup',
          label: 'Deduplication',
          position: at(3),
          type: 'deduplication',
          keys: ['Email'],
          modifiedColumn: 'LastModifiedDate',
        },
        {
          id: 'update',
          label: 'Update recipients',
          position: at(4),
          type: 'updateData',
          table: 'nmsRecipient',
          operation: 'upsert',
          reconciliation: ['salesforceId'],
          mapping: [
            { source: 'Id', destination: 'salesforceId' },
            { source: 'Email', destination: 'email' },
            { source: 'FirstName', destination: 'firstName' },
            { source: 'LastName', destination: 'lastName' },
          ],
        },
        { id: 'end', label: 'End', position: at(5), type: 'end' },
      ],
      transitions: [
        { id: 't1', from: 'start', output: 'ok', to: 'crm' },
        { id: 't2', from: 'crm', output: 'ok', to: 'dedup' },
        { id: 't3', from: 'crm', output: 'error', to: 'retry' },
        { id: 't4', from: 'retry', output: 'ok', to: 'crm' },
        { id: 't5', from: 'dedup', output: 'ok', to: 'update' },
        { id: 't6', from: 'update', output: 'ok', to: 'end' },
      ],
    };
    await call('workflows.create', workflow);
    // The first query gets an answer of another shape (jsforce itself retries 5xx answers);
    // the Error transition goes through the Wait and back.
    sf.faults.add({ route: 'query', kind: 'malformed' });

    const first = await run('wkfImport');
    expect(first.status).toBe('succeeded');
    expect(first.activities.crm).toMatchObject({ state: 'done', executions: 2 });
    expect(first.activities.retry).toMatchObject({ state: 'done', executions: 1 });
    const imported = first.activities.crm?.outputs.ok?.count ?? 0;
    expect(imported).toBeGreaterThan(150);
    expect(first.activities.update?.outputs.ok?.count).toBe(
      first.activities.dedup?.outputs.ok?.count,
    );

    const recipients = await allRows('nmsRecipient', 'salesforceId');
    expect(recipients).toHaveLength(first.activities.update?.outputs.ok?.count ?? -1);
    expect(new Set(recipients.map((r) => r.id)).size).toBe(recipients.length);
    expect(recipients.every((r) => typeof r.salesforceId === 'string')).toBe(true);

    const log = await call<RunLogLine[]>('workflows.log', { runId: first.id });
    expect(log.filter((l) => l.activity === 'crm' && l.level === 'error')).toHaveLength(1);

    const option = (await call<{ name: string; value: string }[]>('options.list')).find(
      (o) => o.name === 'LASTIMPORT_test_instance_crm',
    );
    expect(option?.value).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(first.vars).toMatchObject({ crmOptionName: 'LASTIMPORT_test_instance_crm' });

    // Nothing changed in the CRM since: the automatic index brings nothing in, the table stays.
    const second = await run('wkfImport');
    expect(second.status).toBe('succeeded');
    expect(second.activities.crm?.outputs.ok?.count).toBe(0);
    expect(await allRows('nmsRecipient', 'salesforceId')).toEqual(recipients);
  });
  it('export: Query → CRM connector → Update data writes the CRM ids back; rejects on their transition', async () => {
    const base = { blackList: false, blackListEmail: false, blackListPhone: false };
    await t.core.records.upsert('nmsRecipient', [
      { ...base, id: 9001, email: 'export.one@example.com', firstName: 'One', lastName: 'Export' },
      { ...base, id: 9002, email: 'export.two@example.com', firstName: 'Two', lastName: 'Export' },
      { ...base, id: 9003, email: 'export.three@example.com', firstName: 'Three', lastName: null },
      { ...base, id: 9004, email: 'not-an-address', firstName: 'Four', lastName: 'Export' },
    ]);
    const workflow: WorkflowInput = {
      name: 'wkfExport',
      label: 'Export recipients',
      activities: [
        { id: 'start', label: 'Start', position: at(0), type: 'start' },
        {
          id: 'query',
          label: 'Not in the CRM',
          position: at(1),
          type: 'query',
          table: 'nmsRecipient',
          filter: { conditions: [{ column: 'salesforceId', operator: 'isEmpty' }] },
        },
        {
          id: 'crm',
          label: 'Export contacts',
          position: at(2),
          type: 'crmConnector',
          account: 'demoSalesforce',
          operation: 'export',
          remoteObject: 'Contact',
          export: {
            mapping: [
              { source: 'email', remote: 'Email' },
              { source: 'firstName', remote: 'FirstName' },
              { source: 'lastName', remote: 'LastName' },
            ],
          },
          behavior: { processRejects: true },
        },
        {
          id: 'writeBack',
          label: 'Write the CRM ids back',
          position: at(3),
          type: 'updateData',
          table: 'nmsRecipient',
          operation: 'update',
          reconciliation: ['id'],
          mapping: [
            { source: 'id', destination: 'id' },
            { source: 'crmId', destination: 'salesforceId' },
          ],
        },
        { id: 'end', label: 'End', position: at(4), type: 'end' },
        { id: 'rejected', label: 'Rejected', position: at(5), type: 'end' },
      ],
      transitions: [
        { id: 't1', from: 'start', output: 'ok', to: 'query' },
        { id: 't2', from: 'query', output: 'ok', to: 'crm' },
        { id: 't3', from: 'crm', output: 'ok', to: 'writeBack' },
        { id: 't4', from: 'crm', output: 'reject', to: 'rejected' },
        { id: 't5', from: 'writeBack', output: 'ok', to: 'end' },
      ],
    };
    await call('workflows.create', workflow);
    const done = await run('wkfExport');
    expect(done.status).toBe('succeeded');
    expect(done.activities.query?.outputs.ok?.count).toBe(4);
    expect(done.activities.crm?.outputs.ok?.count).toBe(2);
    const rejects = done.activities.crm?.outputs.reject;
    expect(rejects?.count).toBe(2);
    const rejected = await allRows(rejects?.table ?? '', 'id');
    expect(rejected.map((r) => [r.id, r.errorSymbol])).toEqual([
      [9003, 'REQUIRED_FIELD_MISSING'],
      [9004, 'INVALID_EMAIL_ADDRESS'],
    ]);

    const written = (await allRows('nmsRecipient', 'id')).filter((r) => Number(r.id) > 9000);
    expect(written.map((r) => typeof r.salesforceId)).toEqual([
      'string',
      'string',
      'object',
      'object',
    ]);
    const login = salesforceDemoLogin(sf, '62.0');
    const conn = new Connection({
      loginUrl: login.loginUrl,
      version: login.apiVersion,
      oauth2: { clientId: login.clientId, clientSecret: login.clientSecret ?? '' },
    });
    await conn.login(login.username, login.password ?? '');
    const inCrm = await conn.query<{ Id: string; Email: string }>(
      "SELECT Id, Email FROM Contact WHERE LastName = 'Export'",
    );
    expect(inCrm.records.map((r) => [r.Id, r.Email]).sort()).toEqual(
      written
        .slice(0, 2)
        .map((r) => [r.salesforceId, r.email])
        .sort(),
    );

    // Run again: the Query finds only the two rejected ones; nothing is sent twice.
    const again = await run('wkfExport');
    expect(again.activities.query?.outputs.ok?.count).toBe(2);
    expect(again.activities.crm?.outputs.reject?.count).toBe(2);
    expect((await conn.query("SELECT Id FROM Contact WHERE LastName = 'Export'")).totalSize).toBe(
      2,
    );
  });
});
