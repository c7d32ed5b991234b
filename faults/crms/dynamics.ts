import type { DemoEndpoint } from '../../electron/connectors/crm-kind';
import { dynamicsCapabilities } from '../../electron/connectors/dynamics/dynamics-capabilities';
import type { EntityStore } from '../../emulators/dynamics/data/entity-store';
import { deltaTokenOf } from '../../emulators/dynamics/query/change-tracking';
import { openDynamics } from '../../emulators/test-support/dynamics';
import { connectDynamics } from './connect';
import type { CrmTruth, CrmUnderTest, RunningCrm, TruthRow } from './crm-under-test';
import { describedTable, faultsOn, someLiveIds, textOrNull } from './emulator-parts';

const entity = 'contact';
const fields = { lastName: 'lastname', email: 'emailaddress1', modified: 'modifiedon' };
/** Records per page: the connector asks for the Web API's largest, 5,000. */
const queryPage = 5000;

/**
 * Ground truth from the emulator's own rows (never through the Web API, so that no armed fault
 * reaches it), and the deletions it was told of with their moments: Dataverse keeps no deleted
 * rows, only change tracking names them.
 */
function dynamicsTruth(store: EntityStore, deletions: ReadonlyMap<string, number>): CrmTruth {
  const live = function* () {
    const reader = store.reader();
    for (let ref = 0; ref < store.size; ref++)
      if (!store.isDeleted(ref)) yield { ref, read: reader.at(ref).read.bind(reader) };
  };
  return {
    recordsModified: async (since, until) => {
      const rows: TruthRow[] = [];
      for (const { ref, read } of live()) {
        const modified = Number(read(fields.modified));
        if (modified >= since.getTime() && modified < until.getTime())
          rows.push({
            id: store.idOf(ref),
            lastName: textOrNull(read(fields.lastName)),
            email: textOrNull(read(fields.email)),
          });
      }
      return rows;
    },
    deletedIds: async (start, end) =>
      [...deletions]
        .filter(([, at]) => at >= start.getTime() && at <= end.getTime())
        .map(([id]) => id),
    lastNameCounts: async (prefix) => {
      const counts = new Map<string, number>();
      for (const { read } of live()) {
        const name = textOrNull(read(fields.lastName));
        if (name?.startsWith(prefix)) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      return counts;
    },
    liveIds: async (ids) => new Set(ids.filter((id) => store.refOf(id) !== null)),
    someLiveIds: someLiveIds(store),
  };
}

const batches = (size: number) => Math.ceil(size / dynamicsCapabilities.maxWriteBatch);

/** Dynamics 365, on its emulator, through the Dynamics connector (msal-node's password grant). */
export const dynamicsUnderTest: CrmUnderTest = {
  label: 'Dynamics 365',
  kind: 'dynamics',
  queryPage,
  writeBatch: dynamicsCapabilities.maxWriteBatch,
  start: async (options): Promise<RunningCrm> => {
    const fixture = await openDynamics({
      // At least three pages' worth, so that an import's window spans pages (the matrices'
      // 6,000 records are three of Salesforce's pages, not of the Web API's).
      records: Math.max(options.records, 3 * queryPage),
      clock: options.clock,
      anchor: options.anchor,
      onRequest: options.onRequest,
    });
    const { dyn } = fixture;
    const { organization } = dyn;
    const store = organization.entity(entity);
    if (!store) throw new Error(`The Dynamics emulator has no ${entity} entity.`);
    const deletions = new Map<string, number>();
    organization.onWrite = (write) => {
      if (write.op === 'delete' && write.entity === entity)
        deletions.set(store.idOf(write.ref), write.now);
    };
    const { clientId, username, password } = dyn.credentials;
    const endpoint: DemoEndpoint = {
      url: dyn.serverUrl,
      credentials: { authority: dyn.authority, clientId, username, password },
    };
    const description = await describedTable(connectDynamics, endpoint, options.clock, entity);
    const someId = store.idOf(0);
    return {
      endpoint,
      caPem: dyn.caPem,
      table: description,
      fields,
      // Dataverse checks an address's length, not its form: longer than the column's 100.
      invalidEmail: `${'x'.repeat(95)}@example.com`,
      // A malformed id, and a well-formed one of no record.
      invalidIds: ['not-an-id', `${someId.slice(0, -12)}ffffffffffff`],
      routes: {
        // The count is the first `query`, the first page the second, the next page the third.
        import: {
          calls: ['query'],
          midRun: { route: 'query', call: 3 },
          callsFor: (size) => 1 + Math.max(1, Math.ceil(size / queryPage)),
        },
        // Export in batches: one `$batch` change set per 1,000 records.
        export: { calls: ['batch'], midRun: { route: 'batch', call: 2 }, callsFor: batches },
        // The changes since the kept token: one page of the entity set.
        importDeleted: {
          calls: ['query'],
          midRun: { route: 'query', call: 1 },
          callsFor: () => 1,
        },
        // One DELETE per record; the fault lands inside the second batch.
        delete: {
          calls: ['delete'],
          midRun: { route: 'delete', call: dynamicsCapabilities.maxWriteBatch + 500 },
          callsFor: (size) => size,
        },
      },
      trackDeletions: async (count) => {
        const now = options.clock.now();
        const cursor = {
          token: deltaTokenOf(organization.currentVersion, now),
          takenAt: new Date(now),
        };
        const live: number[] = [];
        // From the end, apart from the first rows the delete scenario picks.
        for (let ref = store.size - 1; ref >= 0 && live.length < count; ref--)
          if (!store.isDeleted(ref)) live.push(ref);
        for (const ref of live) store.delete(ref, organization.userId, now);
        return cursor;
      },
      ...faultsOn(dyn.faults),
      truth: dynamicsTruth(store, deletions),
      close: () => fixture.dispose(),
    };
  },
  connect: connectDynamics,
};
