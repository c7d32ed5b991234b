import { SettableClock, type Clock } from '../../electron/core/clock';
import type { DemoEndpoint } from '../../electron/connectors/crm-kind';
import { trustAuthority } from '../../electron/connectors/tls-trust';
import { oracleCapabilities } from '../../electron/connectors/oracle/oracle-connector';
import type { OracleObjectStore } from '../../emulators/oracle/data/object-store';
import { startOracleEmulator } from '../../emulators/oracle/emulator';
import { seedCertificates } from '../../emulators/test-support/certificates';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectOracle } from './connect';
import type { CrmTruth, CrmUnderTest, RunningCrm, TruthRow } from './crm-under-test';
import { describedTable, faultsOn, someLiveIds, textOrNull } from './emulator-parts';

const table = 'Contact';
const capabilities = oracleCapabilities('v2.0');
/** Records per QueryPage and per DeletedItemQueryPage the connector asks for. */
const queryPage = 100;
/**
 * A session idle this long ends. A killed crash child cannot log off, and its session would
 * hold one of the company's ten until Oracle's ten idle minutes are over; the crash trials
 * follow each other within seconds, far sooner than an administrator resumes a run.
 */
const sessionLifetimeSeconds = 5;

/**
 * The matrix's clock, moving on with real time as well. The emulator counts its requests per
 * second and its sessions' idle time on its clock: one that stands still (the fault matrix's,
 * moved only between attempts) would see a whole run in one instant.
 */
function running(clock: Clock): Clock {
  if (!(clock instanceof SettableClock)) return clock;
  const started = performance.now();
  return { now: () => clock.now() + Math.floor(performance.now() - started) };
}

/** Ground truth: the emulator's own records, read through its store, not through any API. */
function oracleTruth(store: OracleObjectStore): CrmTruth {
  const live = function* () {
    const reader = store.reader();
    for (let ref = 0; ref < store.size; ref++)
      if (!store.isDeleted(ref)) yield { ref, record: reader.at(ref) };
  };
  const deletions = () => [...store.generatedDeletions(), ...store.apiDeletions()];
  return {
    recordsModified: async (since, until) => {
      const rows: TruthRow[] = [];
      for (const { ref, record } of live()) {
        const at = record.read('LastUpdated');
        if (typeof at === 'number' && at >= since.getTime() && at < until.getTime())
          rows.push({
            id: store.idOf(ref),
            lastName: textOrNull(record.read('ContactLastName')),
            email: textOrNull(record.read('ContactEmail')),
          });
      }
      return rows;
    },
    deletedIds: async (start, end) =>
      deletions()
        .filter((d) => store.isDeleted(d.ref) && d.at >= start.getTime() && d.at <= end.getTime())
        .map((d) => store.idOf(d.ref)),
    lastNameCounts: async (prefix) => {
      const counts = new Map<string, number>();
      for (const { record } of live()) {
        const name = record.read('ContactLastName');
        if (typeof name === 'string' && name.startsWith(prefix))
          counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      return counts;
    },
    liveIds: async (ids) =>
      new Set(
        ids.filter((id) => {
          const ref = store.refOf(id);
          return ref !== null && !store.isDeleted(ref);
        }),
      ),
    someLiveIds: someLiveIds(store),
  };
}

const batches = (size: number) => Math.ceil(size / capabilities.maxWriteBatch);

/** Oracle CRM On Demand (Web Services v2.0), on its emulator, through the Oracle connector. */
export const oracleUnderTest: CrmUnderTest = {
  label: 'Oracle',
  kind: 'oracle',
  queryPage,
  writeBatch: capabilities.maxWriteBatch,
  start: async (options): Promise<RunningCrm> => {
    const dataDir = await mkdtemp(join(tmpdir(), 'crm-faults-oracle-'));
    await seedCertificates(dataDir);
    const ora = await startOracleEmulator({
      dataDir,
      port: 0,
      records: options.records,
      anchor: options.anchor,
      clock: running(options.clock),
      sessionLifetimeSeconds,
      onRequest: options.onRequest,
    });
    trustAuthority(ora.caPem);
    const store = ora.company.store(table);
    if (!store) throw new Error(`The Oracle emulator has no ${table} object.`);
    const endpoint: DemoEndpoint = {
      url: ora.serverUrl,
      credentials: { username: ora.credentials.username, password: ora.credentials.password },
    };
    const description = await describedTable(connectOracle, endpoint, options.clock, table);
    return {
      endpoint,
      caPem: ora.caPem,
      table: description,
      fields: { lastName: 'ContactLastName', email: 'ContactEmail', modified: 'LastUpdated' },
      // Oracle checks e-mail fields on writes: no "@" here.
      invalidEmail: 'not-an-email',
      // Not a row id, and a row id of no record.
      invalidIds: ['not-an-id', store.idOf(store.size + 1_000_000)],
      routes: {
        // QueryPage all: the signed-in user's at login, the count, then one per page.
        import: {
          calls: ['queryPage'],
          midRun: { route: 'queryPage', call: 4 },
          callsFor: (size) => 2 + Math.max(1, Math.ceil(size / queryPage)),
        },
        export: {
          calls: ['insert'],
          midRun: { route: 'insert', call: 2 },
          callsFor: batches,
        },
        importDeleted: {
          calls: ['deletedItemQueryPage'],
          midRun: { route: 'deletedItemQueryPage', call: 2 },
          callsFor: (size) => Math.max(1, Math.ceil(size / queryPage)),
        },
        delete: {
          calls: ['delete'],
          midRun: { route: 'delete', call: 2 },
          callsFor: batches,
        },
      },
      ...faultsOn(ora.faults),
      truth: oracleTruth(store),
      close: async () => {
        await ora.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  },
  connect: connectOracle,
};
