import { spawn, type ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { systemClock } from '../../../../core/clock';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityInput } from '../../../../../shared/domain/workflows/activity-settings';
import { SalesforceConnector } from '../../../../connectors/salesforce/salesforce-connector';
import {
  openSalesforce,
  type SalesforceFixture,
} from '../../../../../emulators/test-support/salesforce';
import {
  engines,
  openTestRecordStore,
  sqliteWorkerFromSource,
  type TestRecordStore,
} from '../../../../test-support/record-stores';
import { sandboxWorkerFromSource } from '../../../../test-support/sandbox-worker';
import { emulatorLogin } from '../../../../test-support/emulator-login';
import type { ActivityOutcome, Population } from '../../activity';

const childScript = fileURLToPath(new URL('./test-support/crash-child.ts', import.meta.url));

/** A kill armed on the emulator: at the `call`-th request of `route`, before or after it takes effect. */
interface Kill {
  route: string;
  call: number;
  phase: 'before' | 'after';
}

/** Small seeded generator, so a failing trial can be replayed from the seed in its message. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

describe.each(engines)('CRM connector crash safety (%s)', (engine) => {
  let salesforce: SalesforceFixture;
  let records: TestRecordStore;
  let armed: (Kill & { seen: number; child: ChildProcess }) | null = null;
  const approved: unknown[] = [];

  beforeAll(async () => {
    salesforce = await openSalesforce({
      records: 2500,
      // Parent and child processes share no clock object: both read the system's.
      clock: systemClock,
      onRequest: (route, phase) => {
        if (!armed || armed.route !== route || armed.phase !== phase) return;
        armed.seen += 1;
        if (armed.seen === armed.call) {
          armed.child.kill('SIGKILL');
          armed = null;
        }
      },
    });
    records = await openTestRecordStore(engine);
    const connector = await SalesforceConnector.connect(
      emulatorLogin(salesforce.sf),
      salesforce.sf.clock,
    );
    approved.push(await connector.describeTable('Contact'));
  });
  afterAll(async () => {
    await records.dispose();
    await salesforce.dispose();
  });

  /** Runs the child to its end, or until the armed kill; resolves with its outcome or null. */
  function runChild(
    activity: ActivityInput,
    input: Population | null,
    workDir: string,
    target: string | null,
    kill: Kill | null,
  ): Promise<{ outcome: ActivityOutcome | null; signal: NodeJS.Signals | null }> {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript], {
      env: {
        ...process.env,
        CRASH_CHILD_ARGS: JSON.stringify({
          dataDir: records.dataDir,
          databaseUrl: records.databaseUrl,
          sqliteWorker: sqliteWorkerFromSource.file,
          sandboxWorker: sandboxWorkerFromSource.file,
          caPem: salesforce.sf.caPem,
          login: emulatorLogin(salesforce.sf),
          approved,
          activity,
          input,
          workDir,
          target,
        }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    armed = kill ? { ...kill, seen: 0, child } : null;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code, signal) => {
        if (signal) resolve({ outcome: null, signal });
        else if (code === 0)
          resolve({ outcome: JSON.parse(stdout) as ActivityOutcome, signal: null });
        else reject(new Error(`The child failed (${code}): ${stderr}`));
      });
    });
  }

  /** Child processes started and killed: seconds alone, more on a loaded machine. */
  const crashTrialMs = 90_000;
  const seed = Number(process.env.CRASH_SEED ?? randomInt(1_000_000));

  it(
    `an export killed at random points and restarted writes every record exactly once (seed ${seed})`,
    async () => {
      const next = random(seed);
      for (let trial = 0; trial < 3; trial++) {
        const prefix = `Crash${seed}T${trial}N`;
        const count = 700;
        const table = await records.store.createWorkTable('wkfCrash', {
          label: 'Recipients',
          columns: [
            { name: 'n', label: 'N', type: 'long' },
            { name: 'lastName', label: 'Last name', type: 'string', length: 80 },
          ],
          key: ['n'],
        });
        await records.store.upsert(
          table,
          Array.from({ length: count }, (_, i) => ({ n: i, lastName: `${prefix}${i}` })),
        );
        const activity: ActivityInput = {
          type: 'crmConnector',
          id: 'crmExport',
          label: 'Export',
          position: { x: 0, y: 0 },
          account: 'Demo',
          remoteObject: 'Contact',
          operation: 'export',
          export: { mapping: [{ source: 'lastName', remote: 'LastName' }] },
        };
        const workDir = await mkdtemp(join(tmpdir(), 'crm-crash-export-'));
        const kill: Kill = {
          route: 'collectionsCreate',
          call: 1 + Math.floor(next() * 4),
          phase: next() < 0.5 ? 'before' : 'after',
        };
        const input = { table, count };
        const killed = await runChild(activity, input, workDir, null, kill);
        expect(killed.signal, `trial ${trial} ${JSON.stringify(kill)}`).toBe('SIGKILL');
        const finished = await runChild(activity, input, workDir, null, null);
        expect(finished.outcome?.outputs.ok?.count).toBe(count);
        const created = (
          await salesforce.conn.query<{ LastName: string }>(
            `SELECT LastName FROM Contact WHERE LastName LIKE '${prefix}%'`,
          )
        ).records.map((r) => r.LastName);
        expect(created, `trial ${trial} ${JSON.stringify(kill)}`).toHaveLength(count);
        expect(new Set(created).size).toBe(count);
        await rm(workDir, { recursive: true, force: true });
      }
    },
    crashTrialMs,
  );

  it(
    'an import killed mid-way and rerun leaves the table equal to the CRM',
    async () => {
      const target = 'crashContacts';
      await records.store.ensureTable({
        name: target,
        label: 'Contacts',
        columns: [
          { name: 'Id', label: 'Id', type: 'string', length: 18 },
          { name: 'LastName', label: 'Last name', type: 'string', length: 255 },
          { name: 'Email', label: 'Email', type: 'string', length: 255 },
        ],
        key: ['Id'],
      });
      const activity: ActivityInput = {
        type: 'crmConnector',
        id: 'crmImport',
        label: 'Import',
        position: { x: 0, y: 0 },
        account: 'Demo',
        remoteObject: 'Contact',
        operation: 'import',
        import: { fields: [{ remote: 'LastName' }, { remote: 'Email' }] },
      };
      const workDir = await mkdtemp(join(tmpdir(), 'crm-crash-import-'));
      const killed = await runChild(activity, null, workDir, target, {
        route: 'queryMore',
        call: 1,
        phase: 'before',
      });
      expect(killed.signal).toBe('SIGKILL');
      const partial = await records.store.count(target);
      const crm = async () =>
        (
          await salesforce.conn
            .query<{ Id: string; LastName: string; Email: string | null }>(
              'SELECT Id, LastName, Email FROM Contact ORDER BY Id',
            )
            .run({ autoFetch: true, maxFetch: 100_000 })
        ).records.map((r) => ({ Id: r.Id, LastName: r.LastName, Email: r.Email ?? null }));
      expect(partial).toBeLessThan((await crm()).length);
      const [first] = await crm();
      await salesforce.conn.sobject('Contact').update({ Id: first?.Id ?? '', LastName: 'Renamed' });
      await runChild(activity, null, workDir, target, null);
      const table: unknown[] = [];
      for await (const rows of records.store.stream(
        target,
        { sort: [{ column: 'Id', descending: false }] },
        5000,
      ))
        table.push(...rows);
      expect(table).toEqual(await crm());
      await rm(workDir, { recursive: true, force: true });
    },
    crashTrialMs,
  );
});
