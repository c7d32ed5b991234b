import { englishText, msg, type ConsoleMessage } from '../../../../shared/i18n/message';
import type { ColumnType, RecordRow, RecordValue } from '../../../../shared/domain/records';
import type { UpdateOperation } from '../../../../shared/domain/workflows/update-data-settings';
import {
  RecordStoreError,
  type RecordStore,
  type RecordWriter,
} from '../../../storage/records/record-store';
import type { UpdatePlan } from './update-data-plan';
import { maxKey } from '../../records/max-key';
import { stampInsert, stampUpdate } from '../../../../shared/domain/write-stamps';

/**
 * Where a batch goes: the destination, and the two populations it adds rows to (none for a
 * file import, which reports its rejects in a file).
 */
export interface BatchTarget {
  plan: UpdatePlan;
  operation: UpdateOperation;
  mapping: readonly { source: string; destination: string }[];
  okTable: string | null;
  rejectTable: string | null;
  /** The time written into the destination's Created / Last modified (ISO 8601). */
  now(): string;
}

export interface Rejection {
  row: RecordRow;
  symbol: 'ALREADY_EXISTS' | 'NOT_FOUND' | 'MISSING_KEY' | 'BAD_VALUE';
  reason: ConsoleMessage;
}

const describe = (value: RecordValue) => (typeof value === 'string' ? `'${value}'` : String(value));

/** A value as the database hands it back, so that an input value finds its stored twin. */
function normalized(type: ColumnType | undefined, value: RecordValue): RecordValue {
  if (typeof value !== 'string') return value;
  if (type === 'uuid') return value.toLowerCase();
  if (type === 'datetime') {
    const time = Date.parse(value);
    return Number.isNaN(time) ? value : new Date(time).toISOString();
  }
  return value;
}

/** A row the store refused: its reason without the row number of a one-row call. */
function refusal(row: RecordRow, error: RecordStoreError): Rejection {
  return {
    row,
    symbol: error.code === 'MISSING_KEY' ? 'MISSING_KEY' : 'BAD_VALUE',
    reason: error.rowless ?? error.text,
  };
}

const isRowError = (error: unknown): error is RecordStoreError =>
  error instanceof RecordStoreError && (error.code === 'BAD_VALUE' || error.code === 'MISSING_KEY');

/**
 * Writes one batch of input rows and records each in the ok or the reject population, in one
 * transaction: after a crash, a batch is either wholly done or not at all. When the store
 * refuses a value (a whole batch fails), the batch is redone row by row, each row in its own
 * transaction, so that only the culprits are rejected.
 */
export async function writeBatch(
  records: RecordStore,
  target: BatchTarget,
  rows: readonly RecordRow[],
): Promise<Rejection[]> {
  try {
    return await records.transaction((tx) => writeRows(tx, target, rows));
  } catch (error) {
    if (!isRowError(error) || rows.length === 1) throw error;
  }
  const rejections: Rejection[] = [];
  for (const row of rows) {
    try {
      rejections.push(...(await records.transaction((tx) => writeRows(tx, target, [row]))));
    } catch (error) {
      if (!isRowError(error)) throw error;
      const rejection = refusal(row, error);
      await records.transaction((tx) => recordRejections(tx, target, [rejection]));
      rejections.push(rejection);
    }
  }
  return rejections;
}

async function recordRejections(
  tx: RecordWriter,
  target: BatchTarget,
  rejections: readonly Rejection[],
): Promise<void> {
  if (!target.rejectTable) return;
  await tx.upsert(
    target.rejectTable,
    // The population is data, read by later activities and exports: the reason in English.
    rejections.map(({ row, symbol, reason }) => ({
      ...row,
      errorSymbol: symbol,
      errorMessage: englishText(reason),
    })),
  );
}

/** Writes rows already checked value by value; returns those the operation rejects. */
export async function writeRows(
  tx: RecordWriter,
  target: BatchTarget,
  rows: readonly RecordRow[],
): Promise<Rejection[]> {
  const { plan, operation, mapping } = target;
  const { destination, reconciliation, generatedKey } = plan;
  const types = new Map(destination.columns.map((c) => [c.name, c.type]));
  const sourceOf = new Map(mapping.map((m) => [m.destination, m.source]));
  const tuple = (values: RecordValue[]) =>
    JSON.stringify(values.map((v, i) => normalized(types.get(reconciliation[i] as string), v)));
  const destinationRow = (row: RecordRow): RecordRow =>
    Object.fromEntries(mapping.map((m) => [m.destination, row[m.source] ?? null]));
  const where = (row: RecordRow) =>
    reconciliation
      .map((c) => `${c} ${describe(row[sourceOf.get(c) as string] ?? null)}`)
      .join(', ');

  const now = target.now();
  const rejections: Rejection[] = [];
  const candidates: { row: RecordRow; key: RecordValue[] }[] = [];
  for (const row of rows) {
    const key = reconciliation.map((c) => row[sourceOf.get(c) as string] ?? null);
    const empty = reconciliation.filter((_, i) => key[i] === null || key[i] === '');
    if (empty.length > 0)
      rejections.push({
        row,
        symbol: 'MISSING_KEY',
        reason: msg('messages:rejects.noReconciliationValue', {
          columns: empty.map((c) => `'${c}'`).join(', '),
        }),
      });
    else candidates.push({ row, key });
  }

  // Keys seen earlier in this batch count as existing, as they would row by row. Without
  // reconciliation columns (an insert with a generated key) no row matches another.
  const reconciled = reconciliation.length > 0;
  const existing = reconciled
    ? await existingKeys(
        tx,
        target,
        candidates.map((c) => c.key),
        tuple,
      )
    : new Map<string, RecordRow>();
  const mapped = new Set(mapping.map((m) => m.destination));
  const unmappedKey = destination.key.filter((k) => !mapped.has(k));
  const inserts: RecordRow[] = [];
  const updates: RecordRow[] = [];
  const written: RecordRow[] = [];
  let nextId: number | null = null;
  for (const { row, key } of candidates) {
    const exists = reconciled && existing.has(tuple(key));
    if (exists && operation === 'insert') {
      rejections.push({
        row,
        symbol: 'ALREADY_EXISTS',
        reason: msg('messages:rejects.alreadyExists', {
          record: where(row),
          table: destination.name,
        }),
      });
      continue;
    }
    if (!exists && operation === 'update') {
      rejections.push({
        row,
        symbol: 'NOT_FOUND',
        reason: msg('messages:rejects.notFound', { record: where(row), table: destination.name }),
      });
      continue;
    }
    const values = destinationRow(row);
    const stored = existing.get(tuple(key));
    if (stored) {
      // PostgreSQL checks NOT NULL before ON CONFLICT: the stored key makes the row whole.
      for (const k of unmappedKey) values[k] = stored[k] ?? null;
      updates.push(stampUpdate(destination, values, now));
    } else {
      if (generatedKey) {
        nextId ??= (await maxKey(tx, destination.name, generatedKey)) + 1;
        values[generatedKey] = nextId++;
      }
      inserts.push(stampInsert(destination, values, now));
      if (reconciled) existing.set(tuple(key), values);
    }
    written.push(row);
  }
  // New records first: a later row of the batch may update one of them.
  // Generated keys are past the highest in the table: nothing to match them with.
  await tx.upsert(
    destination.name,
    inserts,
    generatedKey ? { key: [generatedKey], onlyNew: true } : { key: reconciliation },
  );
  await tx.upsert(destination.name, updates, { key: reconciliation });
  // The input's keys are unique and a batch is recorded once (a resumed run skips the rows
  // already in the populations): its rows are new to the ok population.
  if (target.okTable) await tx.upsert(target.okTable, written, { onlyNew: true });
  if (rejections.length > 0) await recordRejections(tx, target, rejections);
  return rejections;
}

/** The records among `keys` that the destination already holds: their primary key, by tuple. */
async function existingKeys(
  tx: RecordWriter,
  target: BatchTarget,
  keys: readonly RecordValue[][],
  tuple: (values: RecordValue[]) => string,
): Promise<Map<string, RecordRow>> {
  const { destination, reconciliation } = target.plan;
  const found = new Map<string, RecordRow>();
  const rows = await tx.findByKeys(
    destination.name,
    keys.map((k) => Object.fromEntries(reconciliation.map((c, i) => [c, k[i] ?? null]))),
    { key: reconciliation, columns: [...new Set([...reconciliation, ...destination.key])] },
  );
  for (const row of rows) found.set(tuple(reconciliation.map((c) => row[c] ?? null)), row);
  return found;
}
