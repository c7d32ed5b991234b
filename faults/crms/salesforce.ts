import type { Connection } from 'jsforce';
import type { DemoEndpoint } from '../../electron/connectors/crm-kind';
import { salesforceCapabilities } from '../../electron/connectors/salesforce/salesforce-connector';
import { bulkJobSize } from '../../electron/services/workflows/activities/crm-connector/export';
import { openSalesforce } from '../../emulators/test-support/salesforce';
import { connectSalesforce } from './connect';
import type { CrmTruth, CrmUnderTest, RunningCrm, TruthRow } from './crm-under-test';
import { describedTable, faultsOn, someLiveIds, textOrNull } from './emulator-parts';

const table = 'Contact';

const bulkIngestRoutes = [
  'bulkIngestCreate',
  'bulkIngestUpload',
  'bulkIngestState',
  'bulkIngestInfo',
  'bulkIngestSuccessful',
  'bulkIngestFailed',
  'bulkIngestUnprocessed',
];

const soqlDateTime = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;
const soqlText = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
async function all(conn: Connection, soql: string): Promise<Record<string, unknown>[]> {
  const result = await conn
    .query<Record<string, unknown>>(soql)
    .run({ autoFetch: true, maxFetch: 1_000_000 });
  return result.records;
}

/** Ground truth: SOQL through a jsforce connection of its own, and the emulator's deletions. */
function salesforceTruth(
  conn: Connection,
  store: {
    size: number;
    idOf(ref: number): string;
    isDeleted(ref: number): boolean;
    deletedDate(ref: number): number | null;
  },
): CrmTruth {
  return {
    recordsModified: async (since, until) =>
      (
        await all(
          conn,
          `SELECT Id, LastName, Email FROM ${table} WHERE LastModifiedDate >= ${soqlDateTime(since)} AND LastModifiedDate < ${soqlDateTime(until)}`,
        )
      ).map((r): TruthRow => ({
        id: String(r.Id),
        lastName: textOrNull(r.LastName),
        email: textOrNull(r.Email),
      })),
    // The replication API rounds its window to minutes: read the deletions off the emulator.
    deletedIds: async (start, end) => {
      const ids: string[] = [];
      for (let ref = 0; ref < store.size; ref++) {
        const at = store.isDeleted(ref) ? store.deletedDate(ref) : null;
        if (at !== null && at >= start.getTime() && at <= end.getTime()) ids.push(store.idOf(ref));
      }
      return ids;
    },
    lastNameCounts: async (prefix) => {
      const counts = new Map<string, number>();
      const rows = await all(
        conn,
        `SELECT LastName FROM ${table} WHERE LastName LIKE ${soqlText(`${prefix}%`)}`,
      );
      for (const row of rows) {
        const name = String(row.LastName);
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      return counts;
    },
    liveIds: async (ids) => {
      const live = new Set<string>();
      // Chunks keep the query's URL short.
      for (let i = 0; i < ids.length; i += 100) {
        const chunk = ids.slice(i, i + 100);
        const rows = await all(
          conn,
          `SELECT Id FROM ${table} WHERE Id IN (${chunk.map(soqlText).join(', ')})`,
        );
        for (const row of rows) live.add(String(row.Id));
      }
      return live;
    },
    someLiveIds: someLiveIds(store),
  };
}

const batches = (size: number) => Math.ceil(size / salesforceCapabilities.maxWriteBatch);

/** Salesforce, on its emulator, through the Salesforce connector. */
export const salesforceUnderTest: CrmUnderTest = {
  label: 'Salesforce',
  kind: 'salesforce',
  // Records per query page when the client asks for no size (Sforce-Query-Options' default).
  queryPage: 2000,
  writeBatch: salesforceCapabilities.maxWriteBatch,
  bulkJobs: true,
  start: async (options): Promise<RunningCrm> => {
    const fixture = await openSalesforce({
      records: options.records,
      clock: options.clock,
      anchor: options.anchor,
      onRequest: options.onRequest,
    });
    const { sf } = fixture;
    const store = sf.org.store(table);
    if (!store) throw new Error(`The Salesforce emulator has no ${table} table.`);
    const endpoint: DemoEndpoint = { url: sf.loginUrl, credentials: { ...sf.credentials } };
    const description = await describedTable(connectSalesforce, endpoint, options.clock, table);
    return {
      endpoint,
      caPem: sf.caPem,
      table: description,
      fields: { lastName: 'LastName', email: 'Email', modified: 'LastModifiedDate' },
      invalidEmail: 'not-an-email',
      // A malformed id, and a well-formed one of no record.
      invalidIds: ['not-an-id', `${store.idOf(0).slice(0, 3)}ZZZZZZZZZZZZZZZ`],
      routes: {
        // The count and the first page are `query`; the second page is the first `queryMore`.
        import: {
          calls: ['query', 'queryMore'],
          midRun: { route: 'queryMore', call: 1 },
          callsFor: (size) => 1 + Math.max(1, Math.ceil(size / salesforceUnderTest.queryPage)),
        },
        export: {
          calls: ['collectionsCreate'],
          midRun: { route: 'collectionsCreate', call: 2 },
          callsFor: batches,
        },
        importDeleted: {
          calls: ['deleted'],
          midRun: { route: 'deleted', call: 1 },
          callsFor: () => 1,
        },
        delete: {
          calls: ['collectionsDelete'],
          midRun: { route: 'collectionsDelete', call: 2 },
          callsFor: batches,
        },
      },
      // Per job: created, uploaded, closed, its state asked at least once, three result files.
      bulkExportRoutes: {
        calls: bulkIngestRoutes,
        midRun: { route: 'bulkIngestUpload', call: 1 },
        callsFor: (size) => 7 * Math.ceil(size / bulkJobSize),
      },
      ...faultsOn(sf.faults),
      truth: salesforceTruth(fixture.conn, store),
      close: () => fixture.dispose(),
    };
  },
  connect: connectSalesforce,
};
