import { stringify } from 'csv-stringify/sync';
import type { RecordRow } from '../../../../shared/domain/records';
import { msg } from '../../../../shared/i18n/message';
import type { WriteError, WriteMode, WriteResult } from '../../connector';
import { CrmError } from '../../crm-error';
import { valueToCsv } from './bulk-values';
import { csvRows } from './csv-records';
import { jobInfoSchema, type BulkJobClient, type JobInfo } from './bulk-jobs';

/** The CSV of a write: one header for every record, the cells as they are uploaded. */
interface Upload {
  header: string[];
  rows: string[][];
}

function uploadOf(records: readonly RecordRow[]): Upload {
  const header = [...new Set(records.flatMap((r) => Object.keys(r)))];
  return { header, rows: records.map((r) => header.map((name) => valueToCsv(r[name]))) };
}

/** `CODE:message:fields --`, several joined by spaces: Salesforce's `sf__Error`. */
export function parseSfError(text: string): WriteError[] {
  const errors = text
    .split(/ --(?: |$)/)
    .filter((part) => part.trim() !== '')
    .map((part) => {
      const m = /^([A-Z_]+):([\s\S]*):([^:]*)$/.exec(part.trim());
      return m
        ? {
            code: m[1] as string,
            message: m[2] as string,
            fields: (m[3] as string).split(',').filter((f) => f !== ''),
          }
        : { code: 'UNKNOWN_ERROR', message: part.trim(), fields: [] };
    });
  return errors.length ? errors : [{ code: 'UNKNOWN_ERROR', message: text, fields: [] }];
}

/** Input row indexes by the row's uploaded cells: results are matched back by their content. */
function indexByContent(rows: readonly string[][]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const key = JSON.stringify(row);
    index.set(key, [...(index.get(key) ?? []), i]);
  });
  return index;
}

/**
 * Bulk API 2.0 ingest jobs. The job is created before any record is sent, so its id can be
 * journaled first; results come back as CSV in no set order and are matched to the input rows
 * by their uploaded cells (identical rows are interchangeable). A record the job did not
 * process (an aborted job) has no result: null, for the caller to send again.
 */
export class BulkWriter {
  constructor(private readonly client: BulkJobClient) {}

  async open(table: string, mode: WriteMode, externalIdField?: string): Promise<string> {
    const job = this.client.json(
      await this.client.send(
        'POST',
        'ingest',
        JSON.stringify({
          object: table,
          operation: mode,
          ...(mode === 'upsert' ? { externalIdFieldName: externalIdField ?? 'Id' } : {}),
          contentType: 'CSV',
          lineEnding: 'LF',
          columnDelimiter: 'COMMA',
        }),
      ),
      jobInfoSchema,
      msg('messages:connectors.call.bulkJob', { mode, table }),
    );
    return job.id;
  }

  /** Uploads the records to the open job, closes it, waits for it: one result per record. */
  async run(
    job: string,
    records: readonly RecordRow[],
    signal?: AbortSignal,
  ): Promise<WriteResult[]> {
    const upload = uploadOf(records);
    await this.client.send(
      'PUT',
      `ingest/${job}/batches`,
      stringify([upload.header, ...upload.rows], { record_delimiter: 'unix' }),
      'text/csv',
    );
    await this.client.send('PATCH', `ingest/${job}`, JSON.stringify({ state: 'UploadComplete' }));
    const results = await this.collect(job, upload, signal);
    return results.map(
      (r, index) =>
        r ?? {
          index,
          ok: false,
          id: null,
          errors: [
            {
              code: 'NOT_PROCESSED',
              message: 'The bulk job did not process this record.',
              fields: [],
            },
          ],
        },
    );
  }

  /**
   * After an interruption: what a job journaled earlier did with the records. A job still open
   * (its upload may be partial) is aborted and every record is left to send again.
   */
  async resume(
    job: string,
    records: readonly RecordRow[],
    signal?: AbortSignal,
  ): Promise<(WriteResult | null)[]> {
    let info: JobInfo;
    try {
      info = await this.client.info('ingest', job);
    } catch (error) {
      if (error instanceof CrmError && error.crmCode === 'NOT_FOUND')
        return records.map(() => null);
      throw error;
    }
    if (info.state === 'Open') {
      await this.client.send('PATCH', `ingest/${job}`, JSON.stringify({ state: 'Aborted' }));
      return records.map(() => null);
    }
    return this.collect(job, uploadOf(records), signal);
  }

  private async collect(
    job: string,
    upload: Upload,
    signal?: AbortSignal,
  ): Promise<(WriteResult | null)[]> {
    const info = await this.client.settle('ingest', job, signal);
    const [successful, failed, unprocessed] = await Promise.all(
      ['successfulResults', 'failedResults', 'unprocessedrecords'].map(async (file) => {
        const body = (await this.client.send('GET', `ingest/${job}/${file}`)).body;
        return body.trim() === '' ? [] : csvRows(body);
      }),
    );
    const results: (WriteResult | null)[] = upload.rows.map(() => null);
    const index = indexByContent(upload.rows);
    const place = (table: string[][], result: (row: string[], at: number) => WriteResult) => {
      const [header = [], ...rows] = table;
      const columns = upload.header.map((name) => header.indexOf(name));
      for (const row of rows) {
        const key = JSON.stringify(columns.map((c) => (c < 0 ? '' : (row[c] ?? ''))));
        const at = index.get(key)?.shift();
        if (at !== undefined) results[at] = result(row, at);
      }
    };
    place(successful ?? [], (row, at) => ({
      index: at,
      ok: true,
      id: row[0] ?? null,
      created: row[1] === 'true',
      errors: [],
    }));
    place(failed ?? [], (row, at) => ({
      index: at,
      ok: false,
      id: row[0] ? row[0] : null,
      errors: parseSfError(row[1] ?? ''),
    }));
    // A failed job's rows are refused with its message; an aborted job's are sent again.
    if (info.state === 'Failed')
      place(unprocessed ?? [], (_row, at) => ({
        index: at,
        ok: false,
        id: null,
        errors: [
          {
            code: 'BULK_JOB_FAILED',
            message: info.errorMessage ?? 'The bulk job failed.',
            fields: [],
          },
        ],
      }));
    return results;
  }
}
