import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkflowInput } from '../../../shared/domain/workflows/workflow-graph';
import type { ConsoleEvent } from '../../../shared/events';
import { openSalesforce, type SalesforceFixture } from '../../../emulators/test-support/salesforce';
import { dataFolder } from '../../core/data-folder';
import { openRecordStore } from '../../storage/records/open-record-store';
import {
  createTestDatabase,
  sqliteWorkerFromSource,
  testDatabaseUrl,
  type TestDatabase,
} from '../../test-support/record-stores';
import { sandboxWorkerFromSource } from '../../test-support/sandbox-worker';
import { adminPassword } from '../../test-support/temp-console';
import { createConsoleCore } from '../../wiring/composition-root';
import { bundleService } from './test-support/service-bundle';
import { ServiceProcess } from './test-support/service-process';

const at = (x: number) => ({ x, y: 0 });

/** Scheduler (a past date: fires at once) → import the contacts → Recipients → End. */
const workflow: WorkflowInput = {
  name: 'wkfNightlyImport',
  label: 'Nightly contact import',
  activities: [
    {
      id: 'scheduler',
      label: 'Scheduler',
      position: at(0),
      type: 'scheduler',
      schedule: { kind: 'once', at: '2020-01-01T02:00:00.000Z' },
    },
    {
      id: 'crm',
      label: 'Import contacts',
      position: at(1),
      type: 'crmConnector',
      account: 'sfEmulator',
      operation: 'import',
      remoteObject: 'Contact',
      import: {
        fields: [{ remote: 'Email' }, { remote: 'LastName' }],
        automaticIndex: { enabled: false },
      },
    },
    {
      id: 'update',
      label: 'Update recipients',
      position: at(2),
      type: 'updateData',
      table: 'nmsRecipient',
      operation: 'upsert',
      reconciliation: ['salesforceId'],
      mapping: [
        { source: 'Id', destination: 'salesforceId' },
        { source: 'Email', destination: 'email' },
        { source: 'LastName', destination: 'lastName' },
      ],
    },
    { id: 'end', label: 'End', position: at(3), type: 'end' },
  ],
  transitions: [
    { id: 't1', from: 'scheduler', output: 'ok', to: 'crm' },
    { id: 't2', from: 'crm', output: 'ok', to: 'update' },
    { id: 't3', from: 'update', output: 'ok', to: 'end' },
  ],
};

/**
 * `crm-console --service` as a server runs it: a real child process on a throw-away PostgreSQL
 * database, a Salesforce emulator over HTTPS, administered through its browser host. The
 * synchronization is on the service's JSON log lines and on the emulator's requests.
 */
describe.skipIf(testDatabaseUrl === null)(
  'service mode (runs only with a PostgreSQL server in CRM_CONSOLE_TEST_DATABASE_URL, e.g. from scripts/start-test-postgres.sh)',
  () => {
    let database: TestDatabase;
    let salesforce: SalesforceFixture;
    let dataDir: string;
    let bundle: ReturnType<typeof bundleService>;
    let startCjs: string;
    let caFile: string;
    /** Called on each emulator request; the test sets it to act mid-import. */
    let onRequest: (route: string, phase: 'before' | 'after') => void | Promise<void> = () =>
      undefined;

    beforeAll(async () => {
      bundle = bundleService();
      startCjs = bundle.startCjs;
      database = await createTestDatabase(testDatabaseUrl ?? '');
      salesforce = await openSalesforce({
        records: 4500,
        onRequest: (route, phase) => onRequest(route, phase),
      });
      dataDir = await mkdtemp(join(tmpdir(), 'crm-console-service-'));
      caFile = `${dataDir}-ca.pem`;
      await writeFile(caFile, salesforce.sf.caPem);
      await configure();
    }, 120_000);

    afterAll(async () => {
      await salesforce?.dispose();
      await database?.drop();
      await rm(dataDir, { recursive: true, force: true });
      await rm(caFile, { force: true });
      bundle?.dispose();
    });

    /** What the administrator sets up first: the account, its approved schema, the workflow. */
    async function configure(): Promise<void> {
      const core = await createConsoleCore({
        dataDir,
        databaseUrl: database.url,
        sqliteWorker: sqliteWorkerFromSource,
        sandboxWorker: sandboxWorkerFromSource,
        log: () => undefined,
      });
      const call = async (channel: string, arg?: unknown): Promise<unknown> => {
        const outcome = await core.dispatcher.dispatch(channel, arg);
        if (!outcome.ok) throw new Error(`${channel}: ${outcome.error.message}`);
        return outcome.value;
      };
      try {
        await core.session.setUp({ instanceName: 'service_test', password: adminPassword });
        await core.session.logOn({ operator: 'admin', password: adminPassword });
        const { credentials, loginUrl } = salesforce.sf;
        await call('accounts.create', {
          name: 'sfEmulator',
          label: 'Salesforce emulator',
          type: 'salesforce',
          salesforce: {
            account: credentials.username,
            clientId: credentials.clientId,
            apiVersion: '49.0',
            serverUrl: loginUrl,
          },
          secrets: {
            password: { action: 'set', value: credentials.password },
            clientSecret: { action: 'set', value: credentials.clientSecret },
            securityToken: { action: 'set', value: credentials.securityToken },
          },
        });
        const finished = new Promise<Extract<ConsoleEvent, { type: 'job.finished' }>>((resolve) => {
          const unsubscribe = core.events.subscribe((e) => {
            if (e.type !== 'job.finished') return;
            unsubscribe();
            resolve(e);
          });
        });
        await call('wizard.createSchema', { account: 'sfEmulator', tables: ['Contact'] });
        expect((await finished).outcome).toBe('succeeded');
        // The schema is approved at the next log-on.
        await call('session.logOff');
        await core.session.logOn({ operator: 'admin', password: adminPassword });
        await call('workflows.create', workflow);
      } finally {
        await core.close();
      }
    }

    function startService(): ServiceProcess {
      return new ServiceProcess(
        startCjs,
        ['--service', '--data-dir', dataDir, '--database-url', database.url, '--port', '0'],
        { ...process.env, NODE_EXTRA_CA_CERTS: caFile, CRM_CONSOLE_DATABASE_URL: '' },
      );
    }

    /** A contract call through the browser host, as the console page in a tunnelled browser makes it. */
    async function invoke(channel: string, arg: unknown): Promise<unknown> {
      const address = new URL(
        (await readFile(join(dataDir, dataFolder.browserHostAddress), 'utf8')).trim(),
      );
      const response = await fetch(new URL(`/api/invoke/${channel}`, address.origin), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-console-token': address.searchParams.get('token') ?? '',
        },
        body: JSON.stringify({ arg }),
      });
      expect(response.status).toBe(200);
      const outcome = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
      if (!outcome.ok) throw new Error(`${channel}: ${JSON.stringify(outcome.error)}`);
      return outcome.value;
    }

    it('is refused, in one sentence, without a database URL', async () => {
      const service = new ServiceProcess(startCjs, ['--service', '--data-dir', dataDir], {
        ...process.env,
        CRM_CONSOLE_DATABASE_URL: '',
      });
      expect(await service.exited).toEqual({ code: 1, signal: null });
      expect(service.strays.stderr.trim()).toBe(
        'Service mode keeps the records in PostgreSQL: give --database-url or set CRM_CONSOLE_DATABASE_URL.',
      );
    });

    it('runs a scheduled import, stops on SIGTERM mid-import, and resumes it at the next start to the same records as the CRM', async () => {
      const first = startService();
      const listening = await first.event('listening');
      expect(listening).toMatchObject({ level: 'info', dataDir });
      // Loopback only, and the address with its token readable by the service's user alone.
      const address = new URL(
        (await readFile(join(dataDir, dataFolder.browserHostAddress), 'utf8')).trim(),
      );
      expect(address.hostname).toBe('127.0.0.1');
      expect(address.port).toBe(String(listening.port));
      expect((await stat(join(dataDir, dataFolder.browserHostAddress))).mode & 0o777).toBe(0o600);
      expect(JSON.stringify(first.lines)).not.toContain(address.searchParams.get('token'));

      // SIGTERM as the import asks for its second page; the page is answered once the service
      // has begun to stop, so the stop lands in the middle of the import.
      let signalled = false;
      onRequest = async (route, phase) => {
        if (signalled || route !== 'queryMore' || phase !== 'before') return;
        signalled = true;
        first.signal('SIGTERM');
        await first.event('stopping');
      };
      await invoke('session.logOn', { operator: 'admin', password: adminPassword });
      const run = (await invoke('workflows.start', { name: workflow.name })) as { id: string };

      expect(await first.exited).toEqual({ code: 0, signal: null });
      expect(signalled).toBe(true);
      await first.event('run', { runId: run.id, status: 'interrupted' });
      expect(await first.event('stopped')).toMatchObject({ interrupted: [run.id] });
      expect(first.lines.some((l) => l.event === 'run' && l.status === 'succeeded')).toBe(false);
      await expect(stat(join(dataDir, dataFolder.browserHostAddress))).rejects.toThrow();

      onRequest = () => undefined;
      const second = startService();
      const ended = await second.waitFor(
        'the run to end',
        (l) =>
          l.event === 'run' &&
          l.runId === run.id &&
          ['succeeded', 'failed'].includes(String(l.status)),
      );
      expect(ended.status).toBe('succeeded');
      const resumedAfter = second.lines.find(
        (l) => l.event === 'run-log' && /^Resumed after \d+ record\(s\)\.$/.test(l.message),
      );
      expect(resumedAfter?.message).toMatch(/^Resumed after (2000|4000) record\(s\)\.$/);
      second.signal('SIGTERM');
      expect(await second.exited).toEqual({ code: 0, signal: null });
      expect(await second.event('stopped')).toMatchObject({ interrupted: [] });
      for (const service of [first, second])
        expect(service.strays).toEqual({ notJson: [], stderr: '' });

      // The store holds each of the CRM's contacts once: nothing lost, nothing twice.
      const crm = await salesforce.conn.query<{ Id: string }>('SELECT Id FROM Contact', {
        autoFetch: true,
        maxFetch: 10_000,
      });
      const store = await openRecordStore({
        dataDir,
        databaseUrl: database.url,
        sqliteWorker: sqliteWorkerFromSource,
      });
      const kept: string[] = [];
      try {
        for await (const rows of store.stream('nmsRecipient', {}, 1000))
          kept.push(...rows.map((r) => String(r.salesforceId)));
      } finally {
        await store.close();
      }
      // 4,500 generated, of which the emulator keeps some deleted: more than two pages live.
      expect(crm.records.length).toBeGreaterThan(4000);
      expect(kept.sort()).toEqual(crm.records.map((r) => r.Id).sort());
    }, 180_000);
  },
);
