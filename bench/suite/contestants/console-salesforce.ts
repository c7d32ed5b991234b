import { join } from 'node:path';
import { defaultBulkThreshold } from '../../../shared/domain/workflows/crm-connector-settings';
import type { Connector } from '../../../electron/connectors/connector';
import { systemClock } from '../../../electron/core/clock';
import {
  SalesforceConnector,
  type SalesforceLogin,
} from '../../../electron/connectors/salesforce/salesforce-connector';
import { crmConnectorActivity } from '../../../electron/services/workflows/activities/crm-connector/crm-connector';
import { SandboxPool } from '../../../electron/services/sandbox/sandbox-pool';
import { openRecordStore } from '../../../electron/storage/records/open-record-store';
import type { RecordStore } from '../../../electron/storage/records/record-store';
import type { Population } from '../../../electron/services/workflows/activity';
import { ActivityRunner } from '../../workflows/activity-runner';
import { account, exportActivity, importActivity, populateExport } from '../../workflows/scenario';
import { naiveLogin } from './salesforce-naive';

export interface ConsoleSession {
  runner: ActivityRunner;
  records: RecordStore;
  close(): Promise<void>;
}

/**
 * The console's record store (the built SQLite worker), sandbox and activity runner, with
 * `table` of the CRM approved.
 */
export async function consoleSession(
  dir: string,
  connect: () => Promise<Connector>,
  table = 'Contact',
): Promise<ConsoleSession> {
  const records = await openRecordStore({
    dataDir: dir,
    databaseUrl: null,
    sqliteWorker: { file: join(process.cwd(), 'dist', 'sqlite-worker.cjs') },
  });
  const sandbox = new SandboxPool({ file: join(process.cwd(), 'dist', 'sandbox-worker.cjs') });
  const probe = await connect();
  const contact = await probe.describeTable(table);
  await probe.close();
  const runner = new ActivityRunner({
    records,
    dataDir: dir,
    account,
    approved: [contact],
    sandbox,
    connect,
  });
  return {
    runner,
    records,
    close: async () => {
      await sandbox.close();
      await records.close();
    },
  };
}

const salesforce = (login: SalesforceLogin) => () =>
  SalesforceConnector.connect(login, systemClock);

export function countOf(outputs: { ok?: { count: number } | null }, what: string): number {
  const ok = outputs.ok;
  if (!ok) throw new Error(`${what} produced no population.`);
  return ok.count;
}

/** The same import with "Use Bulk API" ticked: one Bulk API 2.0 query job, its CSV pages. */
export const bulkImportActivity: typeof importActivity = {
  ...importActivity,
  bulk: { enabled: true, threshold: 10_000 },
};

/**
 * The console's Import from CRM of the bench's Contact fields into a work table; timed from
 * the activity's start (its login included), the record store already open as in the console.
 */
export async function consoleImport(
  login: SalesforceLogin,
  dir: string,
  timed: (work: () => Promise<number>) => Promise<number>,
  activity: typeof importActivity = importActivity,
): Promise<number> {
  const session = await consoleSession(dir, salesforce(login));
  return timedImport(session, activity, timed);
}

/**
 * The incremental import: a first import with the automatic index (not timed), `changed`
 * contacts updated in the CRM, then the import again, timed by `timed`: only the changed ones.
 */
export async function consoleIncrementalImport(
  login: SalesforceLogin,
  dir: string,
  changed: number,
  timed: (work: () => Promise<number>) => Promise<number>,
): Promise<number> {
  const session = await consoleSession(dir, salesforce(login));
  const indexed = {
    ...importActivity,
    import: { ...importActivity.import, automaticIndex: { enabled: true } },
  };
  const prepare = async () => {
    await session.runner.execute(
      crmConnectorActivity.execute,
      indexed,
      null,
      new AbortController().signal,
    );
    const conn = await naiveLogin(login);
    const page = await conn.query<{ Id: string }>(`SELECT Id FROM Contact LIMIT ${changed}`, {
      autoFetch: true,
      maxFetch: changed,
    });
    if (page.records.length !== changed)
      throw new Error(`Only ${page.records.length} of ${changed} contacts could be changed.`);
    const ids = page.records.map((r) => r.Id);
    for (let i = 0; i < ids.length; i += 200)
      await conn.sobject('Contact').update(
        ids.slice(i, i + 200).map((Id) => ({ Id, Title: 'Changed by the bench' })),
        { allOrNone: true },
      );
    // The index keeps whole seconds: the next window must start after the second of the changes.
    await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 10));
    return null;
  };
  return timedRun(session, indexed, prepare, 'The incremental import', timed);
}

/**
 * The console's Export to CRM of `count` recipients, inserted as new contacts in batches, or
 * with "Use Bulk API" ticked (`bulk`: Bulk API 2.0 jobs from the default threshold on).
 */
export async function consoleExport(
  login: SalesforceLogin,
  dir: string,
  count: number,
  timed: (work: () => Promise<number>) => Promise<number>,
  options: { bulk?: boolean } = {},
): Promise<number> {
  const session = await consoleSession(dir, salesforce(login));
  const activity = options.bulk
    ? { ...exportActivity, bulk: { enabled: true, threshold: defaultBulkThreshold } }
    : exportActivity;
  return timedExport(session, activity, count, timed);
}

/**
 * Runs `activity` on the population `prepare` makes, timing the run alone; the session is
 * closed after, whatever happens.
 */
async function timedRun(
  session: ConsoleSession,
  activity: typeof importActivity | typeof exportActivity,
  prepare: () => Promise<Population | null>,
  what: string,
  timed: (work: () => Promise<number>) => Promise<number>,
): Promise<number> {
  try {
    const population = await prepare();
    return await timed(async () => {
      const run = await session.runner.execute(
        crmConnectorActivity.execute,
        activity,
        population,
        new AbortController().signal,
      );
      return countOf(run.outcome.outputs, what);
    });
  } finally {
    await session.close();
  }
}

/** Exports `count` new recipients with `activity`, timed; the session is closed after. */
export function timedExport(
  session: ConsoleSession,
  activity: typeof exportActivity,
  count: number,
  timed: (work: () => Promise<number>) => Promise<number>,
): Promise<number> {
  const prepare = () => populateExport(session.records, count);
  return timedRun(session, activity, prepare, 'The export', timed);
}

/** Imports with `activity`, timed; the session is closed after. */
export function timedImport(
  session: ConsoleSession,
  activity: typeof importActivity,
  timed: (work: () => Promise<number>) => Promise<number>,
): Promise<number> {
  return timedRun(session, activity, () => Promise.resolve(null), 'The import', timed);
}
