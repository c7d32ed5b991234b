import {
  header,
  type EmulatorRequest,
  type EmulatorResponse,
  type Route,
} from '../../framework/http-types';
import type { EntityStore } from '../data/entity-store';
import { apiBase, type DynamicsContext } from '../context';
import { QueryExecutor } from '../query/executor';
import { findRow, parseRowKey, rowNotFound } from '../query/keys';
import { ODataError } from '../query/odata-errors';
import { readSkipToken, skipTokenOf } from '../query/paging-cookie';
import { checkTrackable, deltaTokenOf, readDeltaToken } from '../query/change-tracking';
import { pageSizeOf, parseEntityQuery, type EntityQuery } from '../query/query-options';
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

/**
 * The request's own URL with `$skiptoken` or `$deltatoken` set (and neither token it had), as
 * the service builds `@odata.nextLink` and `@odata.deltaLink`.
 */
function nextLink(url: URL, option: '$skiptoken' | '$deltatoken', token: string): string {
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((part) => part !== '' && !/^(\$|%24)(skip|delta)token=/i.test(part));
  kept.push(`${option}=${encodeURIComponent(token)}`);
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
      if (q.deltaToken !== null) return changes(req, store, q);
      let trackingVersion: number | null = null;
      if (/odata\.track-changes/.test(prefer)) {
        checkTrackable(store, params);
        trackingVersion = ctx.organization.currentVersion;
      }
      let afterRef: number | null = null;
      let pageNumber = 1;
      if (q.skipToken !== null) {
        const cookie = readSkipToken(q.skipToken);
        const ref = cookie ? store.anyRefOf(cookie.lastId) : null;
        if (!cookie || ref === null)
          throw new ODataError(400, '0x80060888', `The $skiptoken '${q.skipToken}' is not valid.`);
        afterRef = ref;
        pageNumber = cookie.page + 1;
        trackingVersion = cookie.trackingVersion ?? trackingVersion;
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
          trackingVersion,
        );
        body['@odata.nextLink'] = nextLink(req.url, '$skiptoken', token);
      } else if (trackingVersion !== null)
        body['@odata.deltaLink'] = nextLink(
          req.url,
          '$deltatoken',
          deltaTokenOf(trackingVersion, ctx.now()),
        );
      return json(
        200,
        body,
        preferenceApplied(
          pageSize.applied,
          annotations.applied,
          trackingVersion === null ? null : 'odata.track-changes',
        ),
      );
    });

  /** Following a delta link: rows changed since its token, and `$deletedEntity` entries. */
  const changes = (req: EmulatorRequest, store: EntityStore, q: EntityQuery) => {
    checkTrackable(store, req.url.searchParams);
    const since = readDeltaToken(q.deltaToken ?? '', ctx.organization.currentVersion, ctx.now());
    const reader = store.reader();
    const annotations = annotationsOf(header(req, 'prefer') ?? '');
    const value = store.changedSince(since).map((change) =>
      change.deleted
        ? {
            '@odata.context': `${ctx.origin()}${apiBase}/$metadata#${store.spec.entitySetName}/$deletedEntity`,
            id: store.idOf(change.ref),
            reason: 'deleted',
          }
        : rowJson(ctx.organization, store, reader.at(change.ref), q.columns, annotations),
    );
    return json(
      200,
      {
        '@odata.context': `${contextUrl(store, q.selectText)}/$delta`,
        value,
        '@odata.deltaLink': nextLink(
          req.url,
          '$deltatoken',
          deltaTokenOf(ctx.organization.currentVersion, ctx.now()),
        ),
      },
      preferenceApplied(annotations.applied, 'odata.track-changes'),
    );
  };

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
