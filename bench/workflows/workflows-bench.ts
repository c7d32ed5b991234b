import type { LatencyName } from '../../emulators/framework/latency/profile';
import { mkdir, writeFile } from 'node:fs/promises';
import { systemClock } from '../../electron/core/clock';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CrmTableDescription } from '../../shared/domain/crm';
import { recipientsTable, recipientsTableName } from '../../shared/domain/recipients';
import type { Connector } from '../../electron/connectors/connector';
import { SalesforceConnector } from '../../electron/connectors/salesforce/salesforce-connector';
import { trustAuthority } from '../../electron/connectors/tls-trust';
import { crmConnectorActivity } from '../../electron/services/workflows/activities/crm-connector/crm-connector';
import { deduplicationActivity } from '../../electron/services/workflows/activities/deduplication';
import { updateDataActivity } from '../../electron/services/workflows/activities/update-data';
import type { Population } from '../../electron/services/workflows/activity';
import { SandboxPool } from '../../electron/services/sandbox/sandbox-pool';
import { openRecordStore } from '../../electron/storage/records/open-record-store';
import { withBenchDatabase } from './bench-database';
import { withTempDir } from '../records-bench';
import { ActivityRunner, type Execution } from './activity-runner';
import { startEmulatorProcess } from './emulator-process';
import { journalFigures } from './journal-figures';
import { perSecond, round, sampled } from './sampling';
import {
  account,
  deduplication,
  exportActivity,
  importActivity,
  populateExport,
  updateRecipients,
} from './scenario';
import { printSummary, type WorkflowsFigures } from './summary';

/** Time spent waiting on the CRM (write calls, logins): what the console waits for, not spends. */
interface WriteClock {
  calls: number;
  seconds: number;
  loginSeconds: number;
}

function timedWrites(connector: Connector, clock: WriteClock): Connector {
  return Object.assign(Object.create(connector) as Connector, {
    write: async (...args: Parameters<Connector['write']>) => {
      const start = performance.now();
      try {
        return await connector.write(...args);
      } finally {
        clock.calls += 1;
        clock.seconds += (performance.now() - start) / 1000;
      }
    },
  });
}

function populationOf(execution: Execution, what: string): Population {
  const ok = execution.outcome.outputs.ok;
  if (!ok) throw new Error(`${what} produced no population.`);
  const problems = execution.logs.filter((l) => l.level !== 'info');
  if (problems.length)
    throw new Error(`${what} logged ${problems.length} warning(s), e.g. ${problems[0]?.text}`);
  return ok;
}

async function crmContactCount(connector: Connector, table: CrmTableDescription): Promise<number> {
  const count = await connector.count?.({ table: 'Contact', fields: ['Id'] }, table.fields);
  if (typeof count !== 'number') throw new Error('The connector cannot count.');
  return count;
}

async function measure(
  dir: string,
  contacts: number,
  recipients: number,
  databaseUrl: string | null,
  latency: LatencyName,
  signal: AbortSignal,
): Promise<WorkflowsFigures> {
  const loadAverageAtStart = round(loadavg()[0] ?? 0, 2);
  console.log(
    `Starting the Salesforce emulator with ${contacts.toLocaleString('en')} contacts, latency ${latency}…`,
  );
  const emulator = await startEmulatorProcess(join(dir, 'emulator'), contacts, latency);
  const records = await openRecordStore({
    dataDir: join(dir, 'console'),
    databaseUrl,
    sqliteWorker: { file: join(process.cwd(), 'dist', 'sqlite-worker.cjs') },
  });
  const sandbox = new SandboxPool({ file: join(process.cwd(), 'dist', 'sandbox-worker.cjs') });
  try {
    trustAuthority(emulator.caPem);
    const clock: WriteClock = { calls: 0, seconds: 0, loginSeconds: 0 };
    const connect = async () => {
      const start = performance.now();
      const connector = await SalesforceConnector.connect(emulator.login, systemClock);
      clock.loginSeconds += (performance.now() - start) / 1000;
      return timedWrites(connector, clock);
    };
    const probe = await connect();
    const contact = await probe.describeTable('Contact');
    const runner = new ActivityRunner({
      records,
      dataDir: join(dir, 'console'),
      account,
      approved: [contact],
      sandbox,
      connect,
    });

    console.log('Import from CRM…');
    const imported = await sampled(() =>
      runner.execute(crmConnectorActivity.execute, importActivity, null, signal),
    );
    const contactsIn = populationOf(imported.value, 'The import');

    console.log('Deduplication on Email…');
    const deduplicated = await sampled(() =>
      runner.execute(deduplicationActivity.execute, deduplication, contactsIn, signal),
    );
    const unique = populationOf(deduplicated.value, 'The deduplication');

    await records.ensureTable(recipientsTable);
    console.log('Update data into recipients (inserts)…');
    const inserted = await sampled(() =>
      runner.execute(updateDataActivity.execute, updateRecipients, unique, signal),
    );
    const insertedOk = populationOf(inserted.value, 'The first update');
    if ((await records.count(recipientsTableName)) !== unique.count)
      throw new Error('The first update did not write every row.');
    console.log('Update data into recipients again (updates)…');
    const updated = await sampled(() =>
      runner.execute(updateDataActivity.execute, updateRecipients, unique, signal),
    );
    const updatedOk = populationOf(updated.value, 'The second update');
    if ((await records.count(recipientsTableName)) !== unique.count)
      throw new Error('The second update inserted rows instead of updating them.');

    console.log(`Export to CRM of ${recipients.toLocaleString('en')} recipients in batches…`);
    const toExport = await populateExport(records, recipients);
    const before = await crmContactCount(probe, contact);
    Object.assign(clock, { calls: 0, seconds: 0, loginSeconds: 0 });
    const exported = await sampled(() =>
      runner.execute(crmConnectorActivity.execute, exportActivity, toExport, signal),
    );
    const exportedOk = populationOf(exported.value, 'The export');
    const created = (await crmContactCount(probe, contact)) - before;
    if (exportedOk.count !== recipients || created !== recipients)
      throw new Error(
        `The export wrote ${exportedOk.count} record(s) and the CRM gained ${created}; expected ${recipients}.`,
      );
    const journal = await journalFigures(exported.value.workDir, recipients);
    await probe.close();

    const figures: WorkflowsFigures = {
      latency,
      machine: {
        cpus: availableParallelism(),
        loadAverageAtStart,
        loadAverageAtEnd: round(loadavg()[0] ?? 0, 2),
      },
      engine: records.engine,
      contacts,
      recipients,
      import: {
        rows: contactsIn.count,
        rowsPerSecond: perSecond(contactsIn.count, imported.figures.seconds),
        ...imported.figures,
      },
      deduplication: {
        rowsIn: contactsIn.count,
        rowsKept: unique.count,
        rowsPerSecond: perSecond(contactsIn.count, deduplicated.figures.seconds),
        ...deduplicated.figures,
      },
      updateInsert: {
        rows: insertedOk.count,
        rowsPerSecond: perSecond(insertedOk.count, inserted.figures.seconds),
        ...inserted.figures,
      },
      updateAgain: {
        rows: updatedOk.count,
        rowsPerSecond: perSecond(updatedOk.count, updated.figures.seconds),
        ...updated.figures,
      },
      export: {
        rows: exportedOk.count,
        rowsPerSecond: perSecond(exportedOk.count, exported.figures.seconds),
        ...exported.figures,
        writeCalls: clock.calls,
        secondsInCrmCalls: round(clock.seconds),
        loginSeconds: round(clock.loginSeconds),
        consoleMsPerBatch: round(
          ((exported.figures.seconds - clock.seconds - clock.loginSeconds) * 1000) /
            journal.batches,
        ),
        journalShare: round(
          (journal.journalMsPerBatch * journal.batches) / 1000 / exported.figures.seconds,
          2,
        ),
        journal,
      },
    };
    return figures;
  } finally {
    await sandbox.close();
    await records.close();
    await emulator.stop();
  }
}

/**
 * `npm run bench -- workflows [--rows N] [--recipients M] [--database-url URL]`: prints the
 * figures and saves them; with a URL, the record store is a fresh database on that server.
 */
export async function runWorkflowsBench(
  contacts: number,
  recipients: number,
  serverUrl: string | null = null,
  latency: LatencyName = 'off',
): Promise<number> {
  for (const [flag, value] of [
    ['--rows', contacts],
    ['--recipients', recipients],
  ] as const)
    if (!Number.isSafeInteger(value) || value < 1) {
      console.error(`${flag} expects a whole number of at least 1.`);
      return 2;
    }
  const controller = new AbortController();
  const stop = () => controller.abort(new Error('Interrupted.'));
  process.once('SIGINT', stop);
  try {
    const figures = await withTempDir((dir) =>
      withBenchDatabase(serverUrl, (databaseUrl) =>
        measure(dir, contacts, recipients, databaseUrl, latency, controller.signal),
      ),
    );
    printSummary(figures);
    const file = join(
      'bench',
      'results',
      `workflows${serverUrl ? '-postgresql' : ''}${latency === 'off' ? '' : `-${latency}`}.json`,
    );
    await mkdir(dirname(file), { recursive: true });
    await writeFile(
      file,
      `${JSON.stringify({ measuredAt: new Date().toISOString(), ...figures }, null, 2)}\n`,
    );
    console.log(`Written to ${file}.`);
    return 0;
  } finally {
    process.off('SIGINT', stop);
  }
}
