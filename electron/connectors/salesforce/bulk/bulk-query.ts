import { parse } from 'csv-parse/sync';
import type { CrmField } from '../../../../shared/domain/crm';
import { msg } from '../../../../shared/i18n/message';
import type { CrmPage, CrmQuery } from '../../connector';
import { CrmError } from '../../crm-error';
import { importSoql } from '../soql-query';
import { recordFromCsv } from './bulk-values';
import { jobInfoSchema, type BulkJobClient } from './bulk-jobs';

/** Records per results page: small enough that memory stays flat, large enough to be cheap. */
export const bulkPageSize = 10_000;

/** A resumable position in a bulk query: its job and the locator of the next page. */
const bulkCursor = (job: string, locator: string) => `bulk:${job}:${locator}`;

function parseBulkCursor(text: string): { job: string; locator: string } {
  const match = /^bulk:([0-9A-Za-z]{15,18}):(.*)$/.exec(text);
  if (!match)
    throw new CrmError(msg('messages:connectors.foreignCursor', { connector: 'Salesforce' }));
  return { job: match[1] as string, locator: match[2] ?? '' };
}

interface ResultPage {
  header: string[];
  rows: string[][];
  next: string | null;
}

/**
 * An import through a Bulk API 2.0 query job: the job is created and awaited, then its CSV
 * result pages are read one ahead of the consumer (the next page downloads while the current
 * one is stored). A cursor names the job and the page, so a resumed import reads on from there
 * without a new job; a job Salesforce no longer keeps fails as an expired cursor.
 */
export async function* bulkQuery(
  client: BulkJobClient,
  query: CrmQuery,
  fields: readonly CrmField[],
  signal?: AbortSignal,
  resume?: string,
): AsyncIterable<CrmPage> {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const raw = new Set(query.rawFields ?? []);
  let job: string;
  let locator = '';
  if (resume !== undefined) ({ job, locator } = parseBulkCursor(resume));
  else {
    const created = client.json(
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
    );
    job = created.id;
  }
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

  const fetchPage = async (at: string): Promise<ResultPage> => {
    const answer = await client.send(
      'GET',
      `query/${job}/results?maxRecords=${bulkPageSize}${at ? `&locator=${encodeURIComponent(at)}` : ''}`,
    );
    const [header = [], ...rows] = parse(answer.body, { relax_column_count: false }) as string[][];
    const next = answer.headers['sforce-locator'];
    return { header, rows, next: next && next !== 'null' ? next : null };
  };
  let pending: Promise<ResultPage> | null = fetchPage(locator);
  try {
    while (pending) {
      signal?.throwIfAborted();
      const page: ResultPage = await pending;
      pending = page.next === null ? null : fetchPage(page.next);
      yield {
        rows: page.rows.map((row) => recordFromCsv(page.header, row, byName, raw)),
        next: page.next === null ? null : bulkCursor(job, page.next),
      };
    }
  } finally {
    // A page still downloading when the consumer stops is dropped without an unhandled error.
    void pending?.catch(() => undefined);
  }
}
