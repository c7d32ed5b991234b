import { englishText, msg, type ConsoleMessage } from '../../../../shared/i18n/message';
import { ConsoleError } from '../../../core/console-error';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ColumnDefinition, RecordRow } from '../../../../shared/domain/records';
import type { ActivityOf } from '../../../../shared/domain/workflows/activity-settings';
import { dataFolder } from '../../../core/data-folder';
import { valueProblem } from '../../../storage/records/row-codec';
import { csvProblem } from '../../records/file-import/file-format';
import { lineReason, type ColumnProblem } from '../../records/file-import/line-reason';
import { textValue } from '../../records/file-import/text-values';
import { UploadFolder } from '../../records/file-import/upload-folder';
import type { ActivityContext, ActivityModule } from '../activity';
import { rejectColumns } from './update-data-plan';

const batchSize = 1000;
/** The line of the file each row came from: the population's key, so a rerun rewrites it. */
const lineColumn: ColumnDefinition = { name: 'fileLine', label: 'Line in the file', type: 'int64' };

const checkpointSchema = z.object({ okTable: z.string(), rejectTable: z.string() });

/** The file's columns as the population holds them: text up to 4,000 characters. */
function fileColumns(activity: ActivityOf<'fileImport'>): ColumnDefinition[] {
  return activity.columns.map((c) => ({
    ...c,
    ...(c.type === 'string' ? { length: 4000 } : {}),
  }));
}

/** Loaded lines keep their types; rejected lines hold the text as read, with the reason. */
function populationColumns(columns: ColumnDefinition[], output: 'ok' | 'reject') {
  return output === 'ok'
    ? [lineColumn, ...columns]
    : [lineColumn, ...columns.map((c) => ({ ...c, type: 'memo' as const })), ...rejectColumns];
}

async function populations(context: ActivityContext<'fileImport'>, columns: ColumnDefinition[]) {
  const previous = checkpointSchema.safeParse(context.checkpoint.read());
  if (previous.success) return previous.data;
  const okTable = await context.createWorkTable('Loaded lines', populationColumns(columns, 'ok'), [
    lineColumn.name,
  ]);
  const rejectTable = await context.createWorkTable(
    'Rejected lines',
    populationColumns(columns, 'reject'),
    [lineColumn.name],
  );
  const checkpoint = { okTable, rejectTable };
  await context.checkpoint.write(checkpoint);
  return checkpoint;
}

/**
 * Data loading (file): the lines of an uploaded CSV / TSV file as a population, one column per
 * column of the file, typed as the column definition says. A line whose value does not fit its
 * column is rejected (Reject transition, or a warning in the log).
 *
 * Nothing lost, nothing twice: rows are keyed by their line in the file, so a resumed or rerun
 * execution writes the same rows again in place of adding them.
 */
export const fileImportActivity: ActivityModule<'fileImport'> = {
  check(activity) {
    const problems: ConsoleMessage[] = [];
    if (!activity.uploadId) problems.push(msg('messages:activity.fileImport.chooseFile'));
    if (activity.columns.length === 0)
      problems.push(msg('messages:activity.fileImport.defineColumns'));
    return problems;
  },

  outputColumns: (activity, output) =>
    output === 'error' ? null : populationColumns(fileColumns(activity), output),

  async execute(context) {
    const { activity, signal } = context;
    const columns = fileColumns(activity);
    if (!activity.uploadId)
      throw new ConsoleError('VALIDATION_FAILED', msg('messages:activity.fileImport.chooseFile'));
    const uploads = new UploadFolder(join(context.env.dataDir, dataFolder.imports));
    const path = await uploads.existing(activity.uploadId);
    const { okTable, rejectTable } = await populations(context, columns);
    const { records } = context.env;
    const parsed = createReadStream(path)
      .pipe(iconv.decodeStream(activity.format.encoding))
      .pipe(
        parse({
          delimiter: activity.format.separator,
          bom: true,
          relax_column_count: true,
          skip_empty_lines: true,
          from_line: activity.format.header ? 2 : 1,
          info: true,
        }),
      );
    let ok: RecordRow[] = [];
    let rejected: RecordRow[] = [];
    let read = 0;
    let warned = 0;
    const flush = async () => {
      await records.upsert(okTable, ok);
      await records.upsert(rejectTable, rejected);
      ok = [];
      rejected = [];
      context.progress(read, null);
    };
    try {
      for await (const { record, info } of parsed as AsyncIterable<{
        record: string[];
        info: { lines: number };
      }>) {
        signal.throwIfAborted();
        read += 1;
        const row: RecordRow = { [lineColumn.name]: info.lines };
        const problems: ColumnProblem[] = [];
        columns.forEach((column, i) => {
          const value = textValue(column, record[i] ?? '');
          const problem = valueProblem(column, value, records.engine);
          if (problem) problems.push({ label: column.label, problem: problem.clause });
          row[column.name] = value;
        });
        const reason = lineReason(problems);
        if (!reason) ok.push(row);
        else {
          rejected.push({
            [lineColumn.name]: info.lines,
            ...Object.fromEntries(columns.map((c, i) => [c.name, record[i] ?? null])),
            errorSymbol: 'BAD_VALUE',
            // The population is data, read by later activities and exports: in English.
            errorMessage: englishText(reason),
          });
          if (!activity.processRejects && ++warned <= 100)
            context.log('warning', msg('messages:log.lineRejected', { line: info.lines, reason }));
        }
        if (ok.length + rejected.length >= batchSize) await flush();
      }
    } catch (error) {
      if (signal.aborted || !(error instanceof Error && 'code' in error)) throw error;
      if (String(error.code).startsWith('CSV_'))
        throw new ConsoleError('VALIDATION_FAILED', csvProblem(error));
      throw error;
    }
    await flush();
    const loaded = await records.count(okTable);
    const refused = await records.count(rejectTable);
    const lines = msg('messages:fileImport.lines', { count: loaded });
    context.log(
      'info',
      activity.fileName
        ? msg('messages:log.fileLoaded', { lines, file: activity.fileName, refused })
        : msg('messages:log.loaded', { lines, refused }),
    );
    return {
      outputs: {
        ok: { table: okTable, count: loaded },
        ...(activity.processRejects ? { reject: { table: rejectTable, count: refused } } : {}),
      },
    };
  },
};
