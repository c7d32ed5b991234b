import type { Readable } from 'node:stream';
import { parse, type Parser } from 'csv-parse';
import type { CrmField } from '../../../../shared/domain/crm';
import type { RecordRow } from '../../../../shared/domain/records';
import { msg, type ConsoleMessage } from '../../../../shared/i18n/message';
import { CrmError } from '../../crm-error';
import { recordFromCsv } from './bulk-values';

/** How a results page's CSV is read into records. */
export interface CsvRecordsOptions {
  fields: ReadonlyMap<string, CrmField>;
  rawFields: ReadonlySet<string>;
  /** What the text is, for an error: "a results page of the bulk query job 750…". */
  what: ConsoleMessage;
}

/**
 * The records of a CSV results page, read as its body arrives: csv-parse's stream parser takes
 * each chunk as it comes (a quoted newline or a UTF-8 character may be split across chunks), so
 * no piece of work holds the thread longer than one chunk takes. The first row is the header.
 */
export function csvRecords(
  body: Readable | string,
  options: CsvRecordsOptions,
): Promise<RecordRow[]> {
  const { fields, rawFields, what } = options;
  const parser: Parser = parse({ relax_column_count: false, bom: true });
  const rows: RecordRow[] = [];
  let header: string[] | null = null;
  return new Promise<RecordRow[]>((resolve, reject) => {
    // csv-parse names the problem and its line (never a value of the data).
    const malformed = (error: { code?: string; lines?: number }) =>
      reject(
        new CrmError(
          msg('messages:connectors.salesforce.notCsv', {
            what,
            code: error.code ?? 'CSV_ERROR',
            line: error.lines ?? '?',
          }),
        ),
      );
    parser.on('data', (row: string[]) => {
      if (header === null) header = row;
      else rows.push(recordFromCsv(header, row, fields, rawFields));
    });
    parser.once('error', malformed);
    parser.once('end', () => resolve(rows));
    if (typeof body === 'string') parser.end(body);
    else {
      // A body cut short fails as it was: the caller tells a network failure from bad CSV.
      body.once('error', (error) => {
        parser.destroy();
        reject(error);
      });
      body.pipe(parser);
    }
  });
}

/** Bytes parsed between two turns of the event loop. */
const sliceBytes = 64 * 1024;

/**
 * A whole CSV text as rows of cells, parsed a slice of bytes at a time with a turn of the event
 * loop between slices: an ingest job's results (10,000 rows and more) would otherwise hold the
 * thread for the whole parse. Slices are cut in bytes, which the parser joins across a split
 * character; a malformed text rejects with csv-parse's error, as the one-piece parse threw it.
 */
export async function csvRows(text: string): Promise<string[][]> {
  const bytes = Buffer.from(text, 'utf8');
  const parser: Parser = parse({ bom: true });
  const rows: string[][] = [];
  parser.on('data', (row: string[]) => rows.push(row));
  const parsed = new Promise<void>((resolve, reject) => {
    parser.once('error', reject);
    parser.once('end', resolve);
  });
  // A rejection while slices are still being written is awaited below, not left unhandled.
  parsed.catch(() => undefined);
  for (let at = 0; at < bytes.length && !parser.destroyed; at += sliceBytes) {
    parser.write(bytes.subarray(at, at + sliceBytes));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  parser.end();
  await parsed;
  return rows;
}
