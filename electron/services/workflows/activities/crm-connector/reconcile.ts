import { msg } from '../../../../../shared/i18n/message';
import type { RecordRow, RecordValue } from '../../../../../shared/domain/records';
import { ConsoleError } from '../../../../core/console-error';
import type { Connector } from '../../../../connectors/connector';
import type { SendingEntry } from './export-journal';
import type { RecordResult } from './outcomes';
import type { RemoteTable } from './remote-table';

/** How far the CRM's clock may lag the console's when looking for what a batch created. */
const clockMarginMs = 5 * 60_000;

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function comparable(value: RecordValue | undefined): RecordValue {
  if (value === undefined || value === '') return null;
  if (typeof value === 'string' && isoDateTime.test(value)) return Date.parse(value);
  return value;
}

function signature(values: RecordRow, fields: readonly string[]): string {
  return JSON.stringify(fields.map((f) => comparable(values[f])));
}

/**
 * Finds the records an insert batch cut short did create: records created since the batch was
 * sent (less a margin for clock skew) whose sent values all match, each CRM record given to one
 * input record only and never to one already written. `keyField`: for an upsert, only records
 * without a key value could have been created, so only those are looked for.
 */
export async function findCreated(
  connector: Connector,
  remote: RemoteTable,
  batch: SendingEntry,
  claimed: ReadonlySet<string>,
  keyField: string | null,
  signal: AbortSignal,
): Promise<Map<string, RecordResult>> {
  const found = new Map<string, RecordResult>();
  const candidates = batch.records.filter(
    (r) => !keyField || comparable(r.values[keyField]) === null,
  );
  if (candidates.length === 0) return found;
  const createdField = connector.capabilities.createdField;
  if (!createdField || !remote.fields.has(createdField))
    throw new ConsoleError(
      'VALIDATION_FAILED',
      msg('messages:crm.exportCutShort', { table: remote.table.name }),
    );
  const idField = remote.table.idField;
  const compared = Object.keys(candidates[0]?.values ?? {}).filter(
    (f) => f !== idField && remote.fields.has(f),
  );
  const pool = new Map<string, string[]>();
  const query = {
    table: remote.table.name,
    fields: [...new Set([idField, ...compared])],
    modified: { field: createdField, since: new Date(Date.parse(batch.at) - clockMarginMs) },
  };
  for await (const page of connector.query(query, remote.table.fields, signal))
    for (const row of page.rows) {
      const id = row[idField];
      if (typeof id !== 'string' || claimed.has(id)) continue;
      const sig = signature(row, compared);
      pool.set(sig, [...(pool.get(sig) ?? []), id]);
    }
  for (const record of candidates) {
    const id = pool.get(signature(record.values, compared))?.shift();
    if (id) found.set(record.key, { ok: true, id, errors: [] });
  }
  return found;
}
