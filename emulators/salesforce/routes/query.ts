import {
  header,
  type EmulatorRequest,
  type EmulatorResponse,
  type Route,
} from '../../framework/http-types';
import type { SalesforceContext } from '../context';
import { apiError, json } from '../responses';
import type { Cursor } from '../soql/cursors';
import { columnMetadataOf } from '../soql/column-metadata';
import { SoqlError } from '../soql/errors';
import { runQuery } from '../soql/executor';
import { planQuery } from '../soql/plan';
import { renderRecord } from '../soql/render';
import { dataRoute } from './guard';

const defaultBatchSize = 2000;

/** `Sforce-Query-Options: batchSize=N`, kept within Salesforce's 200–2,000. */
function batchSizeOf(req: EmulatorRequest): number {
  const m = /batchSize\s*=\s*(\d+)/i.exec(header(req, 'sforce-query-options') ?? '');
  return m ? Math.min(2000, Math.max(200, Number(m[1]))) : defaultBatchSize;
}

/** query, queryAll, and their next pages through locators. */
export function queryRoutes(ctx: SalesforceContext): Route[] {
  function page(
    cursorId: string,
    cursor: Cursor,
    offset: number,
    version: string,
  ): EmulatorResponse {
    const { plan, refs, batchSize } = cursor;
    const end = Math.min(refs.length, offset + batchSize);
    const reader = plan.store.reader();
    const fields = plan.fields ?? [];
    const records = Array.from(refs.subarray(offset, end), (ref) =>
      renderRecord(ctx.org, plan.store, reader.at(ref), fields, version),
    );
    const done = end >= refs.length;
    if (done) ctx.cursors.close(cursorId);
    return {
      ...json(200, {
        totalSize: refs.length,
        done,
        ...(done ? {} : { nextRecordsUrl: `/services/data/v${version}/query/${cursorId}-${end}` }),
        records,
      }),
      records: records.length,
    };
  }

  function run(req: EmulatorRequest, version: string, includeDeleted: boolean): EmulatorResponse {
    const soql = req.url.searchParams.get('q');
    if (soql === null || soql.trim() === '')
      return apiError(400, 'MALFORMED_QUERY', 'A query string has to be specified');
    try {
      const now = ctx.now();
      const plan = planQuery(soql, ctx.org, now);
      if (req.url.searchParams.get('columns') === 'true') return json(200, columnMetadataOf(plan));
      const result = runQuery(plan, includeDeleted);
      if (plan.fields === null)
        return json(200, { totalSize: result.totalSize, done: true, records: [] });
      const cursor: Cursor = {
        plan,
        refs: result.refs,
        batchSize: batchSizeOf(req),
        lastUsed: now,
      };
      if (result.refs.length <= cursor.batchSize) return page('', cursor, 0, version);
      const id = ctx.cursors.open(plan, result.refs, cursor.batchSize, now);
      return page(id, cursor, 0, version);
    } catch (error) {
      if (error instanceof SoqlError) return apiError(400, error.errorCode, error.message);
      throw error;
    }
  }

  function more(req: EmulatorRequest, version: string): EmulatorResponse {
    const found = ctx.cursors.resolve(req.params.locator ?? '', ctx.now());
    if (!found) return apiError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
    return page(found.id, found.cursor, found.offset, version);
  }

  return [
    dataRoute(ctx, 'query', 'GET', '/query', (req, { version }) => run(req, version, false)),
    dataRoute(ctx, 'queryMore', 'GET', '/query/:locator', (req, { version }) => more(req, version)),
    dataRoute(ctx, 'queryAll', 'GET', '/queryAll', (req, { version }) => run(req, version, true)),
    dataRoute(ctx, 'queryAllMore', 'GET', '/queryAll/:locator', (req, { version }) =>
      more(req, version),
    ),
  ];
}
