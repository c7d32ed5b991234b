import type { CrmField } from '../../../../shared/domain/crm';
import type { RecordRow } from '../../../../shared/domain/records';
import type { CrmPage, CrmQuery } from '../../connector';
import { CrmError } from '../../crm-error';
import { importSoql } from '../soql-query';
import { jobInfoSchema, type BulkJobClient } from './bulk-jobs';
import { csvRecords, type CsvRecordsOptions } from './csv-records';

/** Records per results page: small enough that memory stays flat, large enough to be cheap. */
export const bulkPageSize = 10_000;

/**
 * Result pages downloading at once. A page's locator comes in the headers of the page before
 * it, so the next request leaves as soon as those arrive, while earlier bodies are still read
 * and stored; more would hold more pages in memory for no gain on one job.
 */
export const bulkPagesInFlight = 3;

/** A resumable position in a bulk query: its job and the locator of the next page. */
const bulkCursor = (job: string, locator: string) => `bulk:${job}:${locator}`;

function parseBulkCursor(text: string): { job: string; locator: string } {
  const match = /^bulk:([0-9A-Za-z]{15,18}):(.*)$/.exec(text);
  if (!match) throw new CrmError('This query cursor was not made by the Salesforce connector.');
  return { job: match[1] as string, locator: match[2] ?? '' };
}

/** One results page on its way: where the next page is (from its headers), and its records. */
interface PageDownload {
  next: Promise<string | null>;
  rows: Promise<RecordRow[]>;
}

/** Creates the query job, or takes the job of a cursor, and waits for it to complete. */
async function completedJob(
  client: BulkJobClient,
  query: CrmQuery,
  byName: ReadonlyMap<string, CrmField>,
  signal: AbortSignal | undefined,
  resumed: string | undefined,
): Promise<string> {
  const job =
    resumed ??
    client.json(
      await client.send(
        'POST',
        'query',
        JSON.stringify({
          operation: query.includeDeleted ? 'queryAll' : 'query',
          query: importSoql(query, byName, undefined),
        }),
      ),
      jobInfoSchema,
      `the bulk query of '${query.table}'`,
    ).id;
  const info = await client.settle('query', job, signal).catch((error: unknown) => {
    if (error instanceof CrmError && error.crmCode === 'NOT_FOUND')
      throw new CrmError(
        `Salesforce no longer keeps the bulk query job ${job} of '${query.table}'.`,
        'EXPIRED_CURSOR',
      );
    throw error;
  });
  if (info.state !== 'JobComplete')
    throw new CrmError(
      `The bulk query of '${query.table}' ended ${info.state}${info.errorMessage ? `: ${info.errorMessage}` : '.'}`,
    );
  return job;
}

/** The next page's locator from a results answer's headers; null after the last page. */
function nextLocator(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  return value && value !== 'null' ? value : null;
}

/**
 * One results page: its body streamed into the CSV parser as it arrives. Anything but a clean
 * 200 read to its end (an expired session, a limit, a cut connection) is asked again through
 * jsforce's HTTP layer, which renews the session, retries and words the error.
 */
function downloadPage(
  client: BulkJobClient,
  job: string,
  locator: string,
  csv: CsvRecordsOptions,
  signal: AbortSignal | undefined,
): PageDownload {
  const path = `query/${job}/results?maxRecords=${bulkPageSize}${locator ? `&locator=${encodeURIComponent(locator)}` : ''}`;
  type Started = { next: string | null; rows: Promise<RecordRow[]> };
  const buffered = async (): Promise<Started> => {
    signal?.throwIfAborted();
    const answer = await client.send('GET', path);
    return {
      next: nextLocator(answer.headers['sforce-locator']),
      rows: csvRecords(answer.body, csv),
    };
  };
  // Settled once the headers are read (or the page fell back to a buffered call).
  const started: Promise<Started> = client.stream(path, signal).then(
    (answer) =>
      answer
        ? {
            next: nextLocator(answer.headers['sforce-locator']),
            rows: csvRecords(answer.body, csv),
          }
        : buffered(),
    (error: unknown) => failedOrAgain(error, signal, buffered),
  );
  const rows = started.then((page) =>
    page.rows.catch((error: unknown) =>
      failedOrAgain(error, signal, async () => (await buffered()).rows),
    ),
  );
  const next = started.then((page) => page.next);
  // Either may go unread when the consumer stops early: never an unhandled rejection.
  rows.catch(() => undefined);
  next.catch(() => undefined);
  return { next, rows };
}

/** A malformed page or a cancelled import fails as it is; a network failure is tried again. */
function failedOrAgain<T>(
  error: unknown,
  signal: AbortSignal | undefined,
  again: () => Promise<T>,
): Promise<T> {
  if (error instanceof CrmError || signal?.aborted) return Promise.reject(error);
  return again();
}

/**
 * An import through a Bulk API 2.0 query job: the job is created and awaited, then its CSV
 * result pages are downloaded, up to `bulkPagesInFlight` at once, each body parsed as it
 * arrives, and handed over in order. A cursor names the job and the page, so a resumed import
 * reads on from there without a new job; a job Salesforce no longer keeps fails as an expired
 * cursor.
 */
export async function* bulkQuery(
  client: BulkJobClient,
  query: CrmQuery,
  fields: readonly CrmField[],
  signal?: AbortSignal,
  resume?: string,
): AsyncIterable<CrmPage> {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const from = resume === undefined ? null : parseBulkCursor(resume);
  const job = await completedJob(client, query, byName, signal, from?.job);
  const csv: CsvRecordsOptions = {
    fields: byName,
    rawFields: new Set(query.rawFields ?? []),
    what: `A results page of the bulk query job ${job}`,
  };
  // Cuts the downloads still running when the consumer stops early, cancelled or not.
  const stop = new AbortController();
  const reading = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
  const inFlight: PageDownload[] = [downloadPage(client, job, from?.locator ?? '', csv, reading)];
  /** Whether the last page requested is the job's last one. */
  let requestedAll = false;
  try {
    while (inFlight.length > 0) {
      while (!requestedAll && inFlight.length < bulkPagesInFlight) {
        const locator = await (inFlight.at(-1) as PageDownload).next;
        if (locator === null) requestedAll = true;
        else inFlight.push(downloadPage(client, job, locator, csv, reading));
      }
      signal?.throwIfAborted();
      const page = inFlight.shift() as PageDownload;
      const [rows, next] = await Promise.all([page.rows, page.next]);
      yield { rows, next: next === null ? null : bulkCursor(job, next) };
    }
  } finally {
    stop.abort();
  }
}
