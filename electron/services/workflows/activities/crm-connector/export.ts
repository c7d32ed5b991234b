import { msg } from '../../../../../shared/i18n/message';
import { join } from 'node:path';
import type { RecordRow } from '../../../../../shared/domain/records';
import type { Connector, WriteResult } from '../../../../connectors/connector';
import type { ActivityContext, ActivityOutcome } from '../../activity';
import { exportValue } from './conversions';
import { ExportJournal } from './export-journal';
import { JournaledWrites, type BulkWrites, type PendingRecord } from './journaled-writes';
import type { RecordResult } from './outcomes';
import { inputShape } from './population';
import { findCreated } from './reconcile';
import type { RemoteTable } from './remote-table';
import { writeInputRows } from './write-input';

export const exportJournalFile = 'export-journal.jsonl';

/** Records per bulk job of an export: well within Bulk API 2.0's 150 MB per upload. */
export const bulkJobSize = 10_000;

/** Bulk jobs of an export running at once: Salesforce runs up to 5 per org, leave it room. */
export const bulkJobsInFlight = 3;

const values = (records: readonly PendingRecord[]) => records.map((r) => r.values);

export function recordResult(result: WriteResult): RecordResult {
  return { ok: result.ok, id: result.id, errors: result.errors };
}

/**
 * The field an export upserts on: the record id or an external-id field when one is mapped
 * (the seed: "to enable field updates in the CRM, you need to specify the primary key");
 * null means insert.
 */
export function upsertField(remote: RemoteTable, mapped: readonly string[]): string | null {
  if (mapped.includes(remote.table.idField)) return remote.table.idField;
  return mapped.find((name) => remote.fields.get(name)?.externalId === true) ?? null;
}

/**
 * Export to CRM: the inbound rows mapped to remote fields, upserted or inserted in batches
 * through the journal; OK gets the input columns and `crmId`, Reject the CRM's error.
 */
export async function runExport(
  context: ActivityContext<'crmConnector'>,
  connector: Connector,
  remote: RemoteTable,
): Promise<ActivityOutcome> {
  const { activity, signal } = context;
  const mapping = activity.export.mapping;
  const shape = await inputShape(
    context,
    mapping.map((m) => m.source),
  );
  const keyField = upsertField(
    remote,
    mapping.map((m) => m.remote),
  );
  const mode = keyField ? 'upsert' : 'insert';
  const table = remote.table.name;
  const toCrm = (row: RecordRow): RecordRow =>
    Object.fromEntries(
      mapping.map((m) => [m.remote, exportValue(row[m.source] ?? null, m.conversion)]),
    );
  const useBulk =
    activity.bulk.enabled &&
    connector.bulk !== undefined &&
    shape.population.count >= activity.bulk.threshold;
  const bulk = connector.bulk;
  const bulkWrites: BulkWrites | undefined = bulk && {
    forNewBatches: useBulk,
    target: {
      open: () => bulk.openWrite(table, mode, keyField ?? undefined),
      run: async (job, records) =>
        (await bulk.runWrite(job, values(records), signal)).map(recordResult),
      resume: async (job, records) =>
        (await bulk.resumeWrite(job, values(records), signal)).map((r) =>
          r ? recordResult(r) : null,
        ),
    },
  };
  const writes = new JournaledWrites(
    await ExportJournal.open(join(context.workDir, exportJournalFile)),
    {
      send: async (records) =>
        (
          await connector.write(
            table,
            mode,
            records.map((r) => r.values),
            keyField ?? undefined,
          )
        ).map(recordResult),
      recover: (batch, claimed) => findCreated(connector, remote, batch, claimed, keyField, signal),
    },
    useBulk
      ? { size: bulkJobSize, inFlight: bulkJobsInFlight }
      : {
          size: activity.export.batches ? connector.capabilities.maxWriteBatch : 1,
          inFlight: connector.capabilities.writesInFlight ?? 1,
        },
    context.env.now,
    bulkWrites,
  );
  context.log(
    'info',
    keyField
      ? msg('messages:log.upserting', { table, keyField })
      : msg('messages:log.inserting', { table }),
  );
  if (useBulk)
    context.log(
      'info',
      msg('messages:log.bulkExport', {
        records: shape.population.count,
        threshold: activity.bulk.threshold,
        jobSize: bulkJobSize,
      }),
    );
  return writeInputRows(context, shape, writes, {
    withId: true,
    rejectLogFile: connector.capabilities.rejectLogFile,
    valuesOf: toCrm,
    ...(useBulk ? { pageSize: bulkJobSize } : {}),
    onRecovered: (settled) =>
      context.log('info', msg('messages:log.settledFromJournal', { settled })),
  });
}
