import { englishText, msg, type ConsoleMessage } from '../../../../shared/i18n/message';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';
import iconv from 'iconv-lite';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FileImportRequest } from '../../../../shared/domain/file-import';
import { generatedKeyOf } from '../../../../shared/domain/generated-key';
import type { RecordRow, TableDefinition } from '../../../../shared/domain/records';
import { stampInsert } from '../../../../shared/domain/write-stamps';
import type { JobResult } from '../../../../shared/events';
import type { Clock } from '../../../core/clock';
import { ConsoleError } from '../../../core/console-error';
import { asDiskError } from '../../../core/disk-error';
import type { RecordStore, RecordWriter } from '../../../storage/records/record-store';
import { valueProblem } from '../../../storage/records/row-codec';
import type { JobContext } from '../../jobs/job-runner';
import { writeRows, type BatchTarget } from '../../workflows/activities/update-data-batch';
import { maxKey } from '../max-key';
import { csvProblem } from './file-format';
import { lineReason, type ColumnProblem } from './line-reason';
import { textValue } from './text-values';

const batchSize = 1000;

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** A line of the file the import refused, with why. */
interface Reject {
  line: number;
  reason: ConsoleMessage;
  fields: string[];
}

/** The checks that need the table: mapped columns exist, the reconciliation is a declared key. */
export function importPlan(def: TableDefinition, request: FileImportRequest) {
  const known = new Map(def.columns.map((c) => [c.name, c]));
  for (const { destination } of request.mapping)
    if (!known.has(destination))
      throw new ConsoleError(
        'VALIDATION_FAILED',
        msg('messages:records.noColumn', { table: def.label, column: destination }),
      );
  const same = (k: readonly string[]) =>
    k.length === request.reconciliation.length &&
    k.every((c) => request.reconciliation.includes(c));
  const reconciliation = [def.key, ...def.uniqueKeys].find(same);
  if (!reconciliation)
    throw new ConsoleError(
      'VALIDATION_FAILED',
      msg('messages:records.reconciliationKey', {
        table: def.label,
        columns: request.reconciliation.join(', '),
      }),
    );
  const mapped = new Set(request.mapping.map((m) => m.destination));
  const generated = generatedKeyOf(def);
  const generatedKey = generated && !mapped.has(generated) ? generated : null;
  const unmappedKey = def.key.filter((k) => !mapped.has(k));
  if (request.operation !== 'update' && unmappedKey.length > 0 && !generatedKey)
    throw new ConsoleError(
      'VALIDATION_FAILED',
      msg('messages:records.unmappedKey', { table: def.label, columns: unmappedKey.join(', ') }),
    );
  const unmappedReconciliation = reconciliation.filter((k) => !mapped.has(k));
  // Insert with the key the console numbers: every row is new, nothing to reconcile on.
  const numbered =
    request.operation === 'insert' &&
    generatedKey !== null &&
    unmappedReconciliation.length === 1 &&
    unmappedReconciliation[0] === generatedKey;
  if (unmappedReconciliation.length > 0 && !numbered)
    throw new ConsoleError(
      'VALIDATION_FAILED',
      msg('messages:records.unmappedReconciliation', {
        columns: unmappedReconciliation.join(', '),
      }),
    );
  return { reconciliation, generatedKey, numbered, columns: known };
}

/**
 * Loads a CSV / TSV file into a table: Insert, Update or Insert or update, reconciled on a key.
 *
 * All or nothing: the whole file is written in one transaction, so a cancel, a crash or a
 * failure leaves the table as it was, and the import can simply be started again. (Resuming
 * halfway would need the file's position and the rows written kept together, which a
 * transaction gives for free at the price of holding the table until the end.) Lines with a
 * value the table cannot take, a missing key, or a record that exists (Insert) or does not
 * (Update) are left out and listed, with the reason, in a rejects file beside the exports.
 */
export async function importFile(
  store: RecordStore,
  path: string,
  request: FileImportRequest,
  exportsDir: string,
  context: JobContext,
  clock: Clock,
): Promise<JobResult> {
  const def = await store.describeTable(request.table);
  const plan = importPlan(def, request);
  const now = () => new Date(clock.now()).toISOString();
  const target: BatchTarget = {
    plan: {
      destination: def,
      input: def,
      reconciliation: plan.reconciliation,
      generatedKey: plan.generatedKey,
    },
    operation: request.operation,
    mapping: request.mapping.map((m) => ({ source: m.destination, destination: m.destination })),
    okTable: null,
    rejectTable: null,
    now,
  };
  const name = `${def.name}_rejects-${stamp(new Date(clock.now()))}.csv`;
  const rejectsPath = join(exportsDir, name);
  const partial = `${rejectsPath}.partial`;
  const rejects = stringify({ header: true, columns: ['line', 'reason', 'fields'] });
  let rejected = 0;
  let written = 0;
  let read = 0;
  const reject = async (items: readonly Reject[]) => {
    for (const item of items) {
      rejected += 1;
      // The rejects file is data the operator downloads, read by other tools: in English.
      rejects.write([
        item.line,
        englishText(item.reason),
        item.fields.join(request.format.separator),
      ]);
    }
  };

  try {
    await mkdir(exportsDir, { recursive: true });
    const savedRejects = pipeline(rejects, createWriteStream(partial));
    savedRejects.catch(() => undefined);
    const lines = createReadStream(path)
      .pipe(iconv.decodeStream(request.format.encoding))
      .pipe(
        parse({
          delimiter: request.format.separator,
          bom: true,
          relax_column_count: true,
          skip_empty_lines: true,
          from_line: request.format.header ? 2 : 1,
          info: true,
        }),
      );
    await store.transaction(async (tx) => {
      let batch: { line: number; row: RecordRow; fields: string[] }[] = [];
      let nextId: number | null = null;
      const flush = async () => {
        if (plan.numbered && plan.generatedKey) {
          const key = plan.generatedKey;
          let id = nextId ?? (await maxKey(tx, def.name, key)) + 1;
          const rows = batch.map(({ row }) => stampInsert(def, { ...row, [key]: id++ }, now()));
          nextId = id;
          await tx.upsert(def.name, rows);
          written += rows.length;
        } else {
          const rows = batch.map((b) => b.row);
          const refused = await writeRows(tx as RecordWriter, target, rows);
          const lineOf = new Map(batch.map((b) => [b.row, b]));
          await reject(
            refused.map((r) => {
              const source = lineOf.get(r.row);
              return { line: source?.line ?? 0, reason: r.reason, fields: source?.fields ?? [] };
            }),
          );
          written += rows.length - refused.length;
        }
        batch = [];
        context.progress(read, null);
      };
      try {
        for await (const { record, info } of lines as AsyncIterable<{
          record: string[];
          info: { lines: number };
        }>) {
          context.signal.throwIfAborted();
          read += 1;
          const row: RecordRow = {};
          const problems: ColumnProblem[] = [];
          for (const { source, destination } of request.mapping) {
            const column = plan.columns.get(destination);
            if (!column) continue;
            const value = textValue(column, record[source] ?? '');
            const problem = valueProblem(column, value, store.engine);
            if (problem) problems.push({ label: column.label, problem: problem.clause });
            row[destination] = value;
          }
          const reason = lineReason(problems);
          if (reason) await reject([{ line: info.lines, reason, fields: record }]);
          else batch.push({ line: info.lines, row, fields: record });
          if (batch.length >= batchSize) await flush();
        }
      } catch (error) {
        if (context.signal.aborted) throw error;
        if (error instanceof Error && 'code' in error && String(error.code).startsWith('CSV_'))
          throw new ConsoleError('VALIDATION_FAILED', csvProblem(error));
        throw error;
      }
      context.signal.throwIfAborted();
      if (batch.length > 0) await flush();
    });
    rejects.end();
    await savedRejects;
    if (rejected > 0) await rename(partial, rejectsPath);
    else await rm(partial, { force: true });
  } catch (error) {
    rejects.destroy();
    await rm(partial, { force: true });
    throw asDiskError(error, exportsDir);
  }
  context.log('info', msg('messages:log.fileRowsWritten', { written, table: def.label, rejected }));
  return {
    rows: written,
    rejected,
    ...(rejected > 0 ? { exportFile: name, exportPath: rejectsPath } : {}),
  };
}
