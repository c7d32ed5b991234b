import { msg } from '../../../../../shared/i18n/message';
import { join } from 'node:path';
import { ConsoleError } from '../../../../core/console-error';
import type { Connector } from '../../../../connectors/connector';
import type { ActivityContext, ActivityOutcome } from '../../activity';
import { ExportJournal } from './export-journal';
import { recordResult } from './export';
import { JournaledWrites, type PendingRecord } from './journaled-writes';
import type { RecordResult } from './outcomes';
import { inputShape } from './population';
import type { RemoteTable } from './remote-table';
import { writeInputRows } from './write-input';

export const deleteJournalFile = 'delete-journal.jsonl';

async function idsFound(
  connector: Connector,
  remote: RemoteTable,
  ids: readonly string[],
  includeDeleted: boolean,
  signal: AbortSignal,
): Promise<Set<string>> {
  const idField = remote.table.idField;
  const found = new Set<string>();
  const query = { table: remote.table.name, fields: [idField], ids, includeDeleted };
  for await (const page of connector.query(query, remote.table.fields, signal))
    for (const row of page.rows) found.add(String(row[idField]));
  return found;
}

/**
 * For a delete cut short: the ids the CRM still knows (in its recycle bin) but no longer holds
 * live were deleted by it; the others are sent again and get the CRM's own answer. A CRM that
 * keeps no deleted records (Dynamics) cannot tell an id it deleted from one it never had: there
 * an id of the batch no longer live is taken as deleted by it.
 */
async function findDeleted(
  connector: Connector,
  remote: RemoteTable,
  records: readonly PendingRecord[],
  signal: AbortSignal,
): Promise<Map<string, RecordResult>> {
  const idField = remote.table.idField;
  const ids = records.map((r) => String(r.values[idField] ?? ''));
  const known = connector.capabilities.queryAll
    ? await idsFound(connector, remote, ids, true, signal)
    : new Set(ids);
  const live = await idsFound(connector, remote, ids, false, signal);
  const found = new Map<string, RecordResult>();
  for (const record of records) {
    const id = String(record.values[idField] ?? '');
    if (known.has(id) && !live.has(id)) found.set(record.key, { ok: true, id, errors: [] });
  }
  return found;
}

/** Delete objects in the CRM: the ids of a column of the inbound population, per-record results. */
export async function runDelete(
  context: ActivityContext<'crmConnector'>,
  connector: Connector,
  remote: RemoteTable,
): Promise<ActivityOutcome> {
  const { activity, signal } = context;
  const column = activity.deleteIdColumn;
  if (!column) throw new ConsoleError('VALIDATION_FAILED', msg('messages:crm.selectIdToDelete'));
  const shape = await inputShape(context, [column]);
  const idField = remote.table.idField;
  const writes = new JournaledWrites(
    await ExportJournal.open(join(context.workDir, deleteJournalFile)),
    {
      send: async (records) =>
        (
          await connector.deleteRecords(
            remote.table.name,
            records.map((r) => String(r.values[idField] ?? '')),
          )
        ).map(recordResult),
      recover: (batch) => findDeleted(connector, remote, batch.records, signal),
    },
    { size: connector.capabilities.maxWriteBatch, inFlight: 1 },
    context.env.now,
  );
  return writeInputRows(context, shape, writes, {
    withId: false,
    rejectLogFile: connector.capabilities.rejectLogFile,
    valuesOf: (row) => ({ [idField]: row[column] ?? null }),
  });
}
