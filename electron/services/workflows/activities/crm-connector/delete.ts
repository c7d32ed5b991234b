import { join } from 'node:path';
import { ConsoleError } from '../../../../app/console-error';
import type { Connector } from '../../../../connectors/connector';
import type { ActivityContext, ActivityOutcome } from '../../activity';
import { ExportJournal } from './export-journal';
import { recordResult } from './export';
import { JournaledWrites, type PendingRecord } from './journaled-writes';
import { noAnswer, Outcomes, type RecordResult } from './outcomes';
import { inputRows, inputShape, keyText } from './population';
import type { RemoteTable } from './remote-table';

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
    for (const row of page) found.add(String(row[idField]));
  return found;
}

/**
 * For a delete cut short: the ids the CRM still knows (in its recycle bin) but no longer holds
 * live were deleted by it; the others are sent again and get the CRM's own answer.
 */
async function findDeleted(
  connector: Connector,
  remote: RemoteTable,
  records: readonly PendingRecord[],
  signal: AbortSignal,
): Promise<Map<string, RecordResult>> {
  const idField = remote.table.idField;
  const ids = records.map((r) => String(r.values[idField] ?? ''));
  const known = await idsFound(connector, remote, ids, true, signal);
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
  if (!column)
    throw new ConsoleError(
      'VALIDATION_FAILED',
      'Select the field containing the identifier of the remote object to be removed.',
    );
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
    connector.capabilities.maxWriteBatch,
    context.env.now,
  );
  const outcomes = await Outcomes.open(context, shape, { withId: false });
  try {
    await writes.recover(signal);
    let done = 0;
    for await (const rows of inputRows(context, shape, 1000)) {
      const pending = rows.map((row) => ({
        key: keyText(row, shape.key),
        values: { [idField]: row[column] ?? null },
      }));
      await writes.write(pending, signal);
      await outcomes.add(
        rows,
        pending.map((p) => writes.resultOf(p.key) ?? noAnswer),
      );
      done += rows.length;
      context.progress(done, shape.population.count);
    }
    return await outcomes.finish();
  } catch (error) {
    await outcomes.abandon();
    throw error;
  } finally {
    await writes.close();
  }
}
