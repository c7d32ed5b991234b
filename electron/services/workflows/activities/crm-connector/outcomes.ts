import { msg } from '../../../../../shared/i18n/message';
import type { ColumnDefinition, RecordRow } from '../../../../../shared/domain/records';
import type { WriteError } from '../../../../connectors/connector';
import type { ActivityContext, ActivityOutcome, Population } from '../../activity';
import { RejectionFile } from './rejection-file';
import { nameKey } from '../../../../../shared/domain/names';

/** What the CRM answered for one record written or deleted. */
export interface RecordResult {
  ok: boolean;
  id: string | null;
  errors: WriteError[];
}

/** The result of a record the CRM's answer left out. */
export const noAnswer: RecordResult = {
  ok: false,
  id: null,
  errors: [{ code: 'NO_ANSWER', message: 'The CRM gave no result for this record.', fields: [] }],
};

/** The column of the OK population holding the CRM record id of each record written. */
export const crmIdColumn = 'crmId';

/** Warnings written to the log for rejected records without "Process rejects", at most. */
const warningCap = 100;

const rejectColumns: ColumnDefinition[] = [
  { name: 'errorSymbol', label: 'Error symbol', type: 'string', length: 255 },
  { name: 'errorMessage', label: 'Error message', type: 'memo' },
  { name: 'errorCode', label: 'Error code', type: 'string', length: 255 },
];

/** Oracle's fourth reject column: the CRM's log file of the error. */
const logFileColumn: ColumnDefinition = {
  name: 'errorLogFilename',
  label: 'Error log file name',
  type: 'string',
  length: 255,
};

function withColumns(base: ColumnDefinition[], extra: ColumnDefinition[]): ColumnDefinition[] {
  const names = new Set(extra.map((c) => nameKey(c.name)));
  return [...base.filter((c) => !names.has(nameKey(c.name))), ...extra];
}

function errorMessage(result: RecordResult): string {
  return result.errors
    .map((e) => (e.fields.length ? `${e.message} (${e.fields.join(', ')})` : e.message))
    .join('; ');
}

/**
 * Routes per-record results: written records to the OK population (with their CRM id), rejected
 * ones to the Reject population (with the CRM's error), to the rejection file, or to the log.
 */
export class Outcomes {
  private written = 0;
  private rejected = 0;

  private constructor(
    private readonly context: ActivityContext<'crmConnector'>,
    private readonly ok: Population | null,
    private readonly reject: Population | null,
    private readonly file: RejectionFile | null,
    private readonly withId: boolean,
    private readonly logFile: boolean,
    private readonly key: string[],
  ) {}

  static async open(
    context: ActivityContext<'crmConnector'>,
    input: { columns: ColumnDefinition[]; key: string[] },
    options: { withId: boolean; logFile: boolean },
  ): Promise<Outcomes> {
    const { behavior } = context.activity;
    const okColumns = options.withId
      ? withColumns(input.columns, [
          { name: crmIdColumn, label: 'CRM id', type: 'string', length: 255 },
        ])
      : input.columns;
    const failColumns = withColumns(
      input.columns,
      options.logFile ? [logFileColumn, ...rejectColumns] : rejectColumns,
    );
    const ok = behavior.outbound
      ? {
          table: await context.createWorkTable('Written to the CRM', okColumns, input.key),
          count: 0,
        }
      : null;
    const reject = behavior.processRejects
      ? {
          table: await context.createWorkTable('Rejected by the CRM', failColumns, input.key),
          count: 0,
        }
      : null;
    const file = behavior.rejectionFile
      ? await RejectionFile.create(
          context.env.dataDir,
          behavior.rejectionFile,
          failColumns.map((c) => c.name),
        )
      : null;
    return new Outcomes(context, ok, reject, file, options.withId, options.logFile, input.key);
  }

  async add(rows: readonly RecordRow[], results: readonly RecordResult[]): Promise<void> {
    const okRows: RecordRow[] = [];
    const failRows: RecordRow[] = [];
    rows.forEach((row, i) => {
      const result = results[i];
      if (!result) return;
      if (result.ok) okRows.push(this.withId ? { ...row, [crmIdColumn]: result.id } : row);
      else {
        const first = result.errors[0];
        failRows.push({
          ...row,
          ...(this.logFile ? { errorLogFilename: first?.logFilename ?? null } : {}),
          // Where the CRM tells a symbol apart from its code, each has its column.
          errorSymbol: first?.symbol ?? first?.code ?? 'UNKNOWN_ERROR',
          errorMessage: errorMessage(result),
          errorCode: first?.symbol === undefined ? null : first.code,
        });
      }
    });
    const { env } = this.context;
    if (this.ok && okRows.length) this.ok.count += await env.records.upsert(this.ok.table, okRows);
    if (this.reject && failRows.length)
      this.reject.count += await env.records.upsert(this.reject.table, failRows);
    await this.file?.add(failRows);
    if (!this.reject)
      for (const [i, row] of failRows.entries())
        if (this.rejected + i < warningCap)
          this.context.log(
            'warning',
            msg('messages:log.crmRejected', {
              record: this.key.map((k) => String(row[k])).join(', '),
              symbol: String(row.errorSymbol),
              crmMessage: String(row.errorMessage),
            }),
          );
    this.written += okRows.length;
    this.rejected += failRows.length;
  }

  async finish(): Promise<ActivityOutcome> {
    await this.file?.commit();
    if (!this.reject && this.rejected > warningCap)
      this.context.log(
        'warning',
        msg('messages:log.moreRejected', { more: this.rejected - warningCap }),
      );
    this.context.log(
      'info',
      msg('messages:log.crmProcessed', { written: this.written, rejected: this.rejected }),
    );
    const outputs: ActivityOutcome['outputs'] = {};
    if (this.ok) outputs.ok = this.ok;
    if (this.reject) outputs.reject = this.reject;
    return { outputs };
  }

  async abandon(): Promise<void> {
    await this.file?.discard();
  }
}
