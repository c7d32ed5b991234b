import { z } from 'zod';
import type { CrmField } from '../../../../shared/domain/crm';
import type { RecordRow } from '../../../../shared/domain/records';
import { msg } from '../../../../shared/i18n/message';
import type { CrmPage, CrmQuery } from '../../connector';
import { CrmError } from '../../crm-error';
import { importSoql } from '../soql-query';
import { jobInfoSchema, type BulkJobClient } from './bulk-jobs';
import { csvRecords, type CsvRecordsOptions } from './csv-records';

/**
 * Records handed over at a time (a results page is cut into parts of this size), and per page
 * when the pages are followed by their locators: memory stays flat, a part is cheap to store.
 */
export const bulkPageSize = 10_000;

/**
 * Result pages downloading at once. Each is parsed as it arrives while earlier ones are
 * stored; more would hold more pages in memory for no gain on one job.
 */
export const bulkPagesInFlight = 3;

/**
 * A resumable position in a bulk query: its job, the locator of a results page, and how many
 * of that page's records are already handed over (`~n`; a locator never holds a `~`).
 */
const bulkCursor = (job: string, locator: string, skip = 0) =>
  `bulk:${job}:${locator}${skip > 0 ? `~${skip}` : ''}`;

function parseBulkCursor(text: string): { job: string; locator: string; skip: number } {
  const match = /^bulk:([0-9A-Za-z]{15,18}):([^~]*)(?:~(\d+))?$/.exec(text);
  if (!match)
    throw new CrmError(msg('messages:connectors.foreignCursor', { connector: 'Salesforce' }));
  return { job: match[1] as string, locator: match[2] ?? '', skip: Number(match[3] ?? 0) };
}

/** One results page on its way: its locator, the next page's, and its records. */
interface PageDownload {
  locator: string;
  next: Promise<string | null>;
  rows: Promise<RecordRow[]>;
}

/** Starts the download of the page after `previous` (the first one when null); null after the last. */
type NextPage = (previous: PageDownload | null) => Promise<PageDownload | null>;

const resultPagesSchema = z.object({
  resultPages: z.array(z.object({ resultUrl: z.string() })),
  nextRecordsUrl: z.string().nullish(),
});

/** A path under `/jobs/`, from a URL the service gave (`/services/data/vNN.0/jobs/…`). */
function jobsPath(url: string): string {
  const at = url.indexOf('/jobs/');
  if (at < 0) throw new CrmError(msg('messages:connectors.salesforce.resultsOutside', { url }));
  return url.slice(at + '/jobs/'.length);
}

const locatorIn = (path: string) =>
  new URL(path, 'https://results.invalid/').searchParams.get('locator') ?? '';

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
      msg('messages:connectors.call.bulkQuery', { table: query.table }),
    ).id;
  const info = await client.settle('query', job, signal).catch((error: unknown) => {
    if (error instanceof CrmError && error.crmCode === 'NOT_FOUND')
      throw new CrmError(
        msg('messages:connectors.salesforce.bulkJobGone', { job, table: query.table }),
        'EXPIRED_CURSOR',
      );
    throw error;
  });
  if (info.state !== 'JobComplete')
    throw new CrmError(
      info.errorMessage
        ? msg('messages:connectors.salesforce.bulkQueryEndedWith', {
            table: query.table,
            state: info.state,
            crmMessage: info.errorMessage,
          })
        : msg('messages:connectors.salesforce.bulkQueryEnded', {
            table: query.table,
            state: info.state,
          }),
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
  path: string,
  csv: CsvRecordsOptions,
  signal: AbortSignal | undefined,
): PageDownload {
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
  return { locator: locatorIn(path), next, rows };
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
 * The pages followed by their locators: a page's request leaves once the headers of the one
 * before it have named it (any API version).
 */
function byLocators(
  client: BulkJobClient,
  job: string,
  first: string,
  csv: CsvRecordsOptions,
  signal: AbortSignal,
): NextPage {
  const resultsPath = (locator: string) =>
    `query/${job}/results?maxRecords=${bulkPageSize}${locator ? `&locator=${encodeURIComponent(locator)}` : ''}`;
  return async (previous) => {
    const locator = previous ? await previous.next : first;
    if (locator === null) return null;
    const page = downloadPage(client, resultsPath(locator), csv, signal);
    return { ...page, locator };
  };
}

/**
 * The pages listed by `resultPages` (Bulk API 2.0's parallel results): their addresses come
 * ahead, so several download at once. Null when the org does not offer it.
 */
async function byResultPages(
  client: BulkJobClient,
  job: string,
  first: string,
  csv: CsvRecordsOptions,
  signal: AbortSignal,
): Promise<NextPage | null> {
  const list = async (path: string) =>
    client.json(
      await client.send('GET', path),
      resultPagesSchema,
      msg('messages:connectors.call.resultPages', { job }),
    );
  let answer: z.output<typeof resultPagesSchema>;
  try {
    answer = await list(
      `query/${job}/resultPages${first ? `?locator=${encodeURIComponent(first)}` : ''}`,
    );
  } catch (error) {
    if (error instanceof CrmError && error.crmCode === 'NOT_FOUND') return null;
    throw error;
  }
  const paths = answer.resultPages.map((p) => jobsPath(p.resultUrl));
  let more = answer.nextRecordsUrl ? jobsPath(answer.nextRecordsUrl) : null;
  let listing: Promise<void> | null = null;
  /** The path at `index` in the list, asking for more addresses when needed; null past the end. */
  const pathAt = async (index: number): Promise<string | null> => {
    while (index >= paths.length && more !== null) {
      listing ??= list(more).then((next) => {
        paths.push(...next.resultPages.map((p) => jobsPath(p.resultUrl)));
        more = next.nextRecordsUrl ? jobsPath(next.nextRecordsUrl) : null;
        listing = null;
      });
      await listing;
    }
    return paths[index] ?? null;
  };
  let started = 0;
  return async () => {
    const path = await pathAt(started);
    if (path === null) return null;
    const index = started++;
    const page = downloadPage(client, path, csv, signal);
    const next = pathAt(index + 1).then((p) => (p === null ? null : locatorIn(p)));
    next.catch(() => undefined);
    return { ...page, next };
  };
}

/**
 * An import through a Bulk API 2.0 query job: the job is created and awaited, then its CSV
 * result pages are downloaded, up to `bulkPagesInFlight` at once, each body parsed as it
 * arrives, and handed over in order, in parts of at most `bulkPageSize` records. A cursor
 * names the job, the page and the part, so a resumed import reads on from there without a new
 * job; a job Salesforce no longer keeps fails as an expired cursor.
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
    what: msg('messages:connectors.call.resultsPage', { job }),
  };
  // Cuts the downloads still running when the consumer stops early, cancelled or not.
  const stop = new AbortController();
  const reading = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
  const first = from?.locator ?? '';
  const nextPage =
    (await byResultPages(client, job, first, csv, reading)) ??
    byLocators(client, job, first, csv, reading);
  const inFlight: PageDownload[] = [];
  let last: PageDownload | null = null;
  let requestedAll = false;
  let skip = from?.skip ?? 0;
  try {
    for (;;) {
      while (!requestedAll && inFlight.length < bulkPagesInFlight) {
        const page = await nextPage(last);
        if (page === null) requestedAll = true;
        else inFlight.push((last = page));
      }
      signal?.throwIfAborted();
      const page = inFlight.shift();
      if (!page) break;
      const rows = await page.rows;
      for (let at = skip; ; at += bulkPageSize) {
        signal?.throwIfAborted();
        const end = Math.min(rows.length, at + bulkPageSize);
        if (end < rows.length)
          yield { rows: rows.slice(at, end), next: bulkCursor(job, page.locator, end) };
        else {
          const next = await page.next;
          yield {
            rows: at === 0 ? rows : rows.slice(at),
            next: next === null ? null : bulkCursor(job, next),
          };
          break;
        }
      }
      skip = 0;
    }
  } finally {
    stop.abort();
  }
}
