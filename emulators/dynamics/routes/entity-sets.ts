import {
  header,
  type EmulatorRequest,
  type EmulatorResponse,
  type Route,
} from '../../framework/http-types';
import type { EntityStore } from '../data/entity-store';
import { parseRowGuid } from '../data/guids';
import { apiBase, type DynamicsContext } from '../context';
import { QueryExecutor } from '../query/executor';
import { findRow, parseRowKey, rowNotFound } from '../query/keys';
import { ODataError } from '../query/odata-errors';
import { readSkipToken, skipTokenOf } from '../query/paging-cookie';
import { pageSizeOf, parseEntityQuery } from '../query/query-options';
import { annotationsOf, rowJson } from '../query/row-json';
import { json, odataError, segmentNotFound } from '../responses';
import { apiRoute } from './guard';

/** Runs a handler on an entity set, answering its ODataErrors in the Web API's shape. */
export function onEntitySet(
  ctx: DynamicsContext,
  req: EmulatorRequest,
  handle: (store: EntityStore) => EmulatorResponse,
): EmulatorResponse {
  const name = req.params.set ?? '';
  const store = ctx.organization.entitySet(name);
  if (!store) return segmentNotFound(name);
  try {
    return handle(store);
  } catch (error) {
    if (error instanceof ODataError) return odataError(error.status, error.code, error.message);
    throw error;
  }
}

function preferenceApplied(...applied: (string | null)[]): Record<string, string> {
  const values = applied.filter((value): value is string => value !== null);
  return values.length > 0 ? { 'Preference-Applied': values.join(',') } : {};
}

/** The request's own URL with `$skiptoken` set, as the service builds `@odata.nextLink`. */
function nextLink(url: URL, skipToken: string): string {
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((part) => part !== '' && !/^(\$|%24)skiptoken=/i.test(part));
  kept.push(`$skiptoken=${encodeURIComponent(skipToken)}`);
  return `${url.origin}${url.pathname}?${kept.join('&')}`;
}

/** Queries on the entity sets (`GET contacts?$select…`) and single rows (`GET contacts(<key>)`). */
export function entitySetRoutes(ctx: DynamicsContext): Route[] {
  const executors = new Map<string, QueryExecutor>();
  const contextUrl = (store: EntityStore, select: string | null) =>
    `${ctx.origin()}${apiBase}/$metadata#${store.spec.entitySetName}${select ? `(${select})` : ''}`;

  const query = (req: EmulatorRequest) =>
    onEntitySet(ctx, req, (store) => {
      const params = req.url.searchParams;
      const q = parseEntityQuery(store.spec, params);
      const prefer = header(req, 'prefer') ?? '';
      const annotations = annotationsOf(prefer);
      const pageSize = pageSizeOf(prefer);
      let afterRef: number | null = null;
      let pageNumber = 1;
      if (q.skipToken !== null) {
        const cookie = readSkipToken(q.skipToken);
        const parsed = cookie ? parseRowGuid(cookie.lastId) : null;
        if (!cookie || !parsed || parsed.objectTypeCode !== store.spec.objectTypeCode)
          throw new ODataError(400, '0x80060888', `The $skiptoken '${q.skipToken}' is not valid.`);
        afterRef = parsed.position;
        pageNumber = cookie.page + 1;
      }
      let executor = executors.get(store.name);
      if (!executor) executors.set(store.name, (executor = new QueryExecutor()));
      const page = executor.run(
        store,
        q,
        { size: pageSize.size, afterRef },
        params.toString().replace(/&?%24skiptoken=[^&]*/, ''),
      );
      const reader = store.reader();
      const body: Record<string, unknown> = { '@odata.context': contextUrl(store, q.selectText) };
      if (page.count) {
        body['@odata.count'] = page.count.value;
        if (page.count.limitExceeded) {
          body['@Microsoft.Dynamics.CRM.totalrecordcount'] = -1;
          body['@Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded'] = true;
        }
      }
      body.value = page.refs.map((ref) =>
        rowJson(ctx.organization, store, reader.at(ref), q.columns, annotations),
      );
      const first = page.refs[0];
      const last = page.refs[page.refs.length - 1];
      if (page.more && first !== undefined && last !== undefined) {
        const token = skipTokenOf(
          store.spec.primaryIdAttribute,
          pageNumber,
          store.idOf(last),
          store.idOf(first),
        );
        body['@odata.nextLink'] = nextLink(req.url, token);
      }
      return json(200, body, preferenceApplied(pageSize.applied, annotations.applied));
    });

  const retrieve = (req: EmulatorRequest) =>
    onEntitySet(ctx, req, (store) => {
      const key = parseRowKey(store, req.params.key ?? '');
      const params = new URLSearchParams(req.url.searchParams);
      const q = parseEntityQuery(store.spec, params);
      const ref = findRow(store, key);
      if (ref === null) throw rowNotFound(store, key);
      const annotations = annotationsOf(header(req, 'prefer') ?? '');
      return json(
        200,
        {
          '@odata.context': `${contextUrl(store, q.selectText)}/$entity`,
          ...rowJson(ctx.organization, store, store.reader().at(ref), q.columns, annotations),
        },
        preferenceApplied(annotations.applied),
      );
    });

  return [
    apiRoute(ctx, 'retrieve', 'GET', '/:set(:key)', retrieve),
    apiRoute(ctx, 'query', 'GET', '/:set', query),
  ];
}
