import { header, type EmulatorRequest, type Route } from '../../framework/http-types';
import { apiBase, type DynamicsContext } from '../context';
import type { EntityStore } from '../data/entity-store';
import type { TokenSession } from '../identity/access-tokens';
import { findRow, parseRowKey, rowNotFound, type RowKey } from '../query/keys';
import { ODataError } from '../query/odata-errors';
import { parseEntityQuery } from '../query/query-options';
import { annotationsOf, rowJson } from '../query/row-json';
import { json, noContent, parseJsonObject } from '../responses';
import type { AttributeValue } from '../schema/attribute-spec';
import { checkKeysFree, checkRequired, rowValues } from '../writes/row-values';
import { duplicateKey } from '../writes/write-errors';
import { apiRoute } from './guard';
import { onEntitySet } from './entity-sets';

/** `Prefer: return=representation`. */
function wantsRepresentation(req: EmulatorRequest): boolean {
  return /return=representation/.test(header(req, 'prefer') ?? '');
}

/** Create, update/upsert (by id or alternate key, `If-Match: *` / `If-None-Match: *`), delete. */
export function writeRoutes(ctx: DynamicsContext): Route[] {
  const { organization } = ctx;
  const entityId = (store: EntityStore, ref: number) =>
    `${ctx.origin()}${apiBase}/${store.spec.entitySetName}(${store.idOf(ref)})`;

  /** 204 with `OData-EntityId`, or the row with `Prefer: return=representation`. */
  const answer = (req: EmulatorRequest, store: EntityStore, ref: number, created: boolean) => {
    const headers = { 'OData-EntityId': entityId(store, ref), Location: entityId(store, ref) };
    if (!wantsRepresentation(req)) return noContent(headers);
    const q = parseEntityQuery(store.spec, new URLSearchParams(req.url.searchParams));
    return json(
      created ? 201 : 200,
      {
        '@odata.context': `${ctx.origin()}${apiBase}/$metadata#${store.spec.entitySetName}/$entity`,
        ...rowJson(
          organization,
          store,
          store.reader().at(ref),
          q.columns,
          annotationsOf(header(req, 'prefer') ?? ''),
        ),
      },
      { ...headers, 'Preference-Applied': 'return=representation' },
    );
  };

  const bodyOf = (req: EmulatorRequest) => {
    const parsed = parseJsonObject(req.body);
    if (!parsed.ok)
      throw new ODataError(400, '0x80060888', 'The request body is not a JSON object.');
    return parsed.value;
  };

  const insert = (
    store: EntityStore,
    values: Map<string, AttributeValue>,
    session: TokenSession,
  ) => {
    checkRequired(store, values, true);
    const id = values.get(store.spec.primaryIdAttribute);
    if (typeof id === 'string' && store.anyRefOf(id) !== null) throw duplicateKey();
    checkKeysFree(store, null, values);
    return store.create(values, session.userId, ctx.now());
  };

  const create = (req: EmulatorRequest, session: TokenSession) =>
    onEntitySet(ctx, req, (store) => {
      const values = rowValues(organization, store, bodyOf(req));
      return answer(req, store, insert(store, values, session), true);
    });

  const upsert = (req: EmulatorRequest, session: TokenSession) =>
    onEntitySet(ctx, req, (store) => {
      const key = parseRowKey(store, req.params.key ?? '');
      const values = rowValues(organization, store, bodyOf(req));
      const ref = findRow(store, key);
      const mustExist = header(req, 'if-match') === '*';
      const mustNotExist = header(req, 'if-none-match') === '*';
      if (ref === null) {
        if (mustExist) throw rowNotFound(store, key);
        return answer(req, store, insert(store, withKey(store, key, values), session), true);
      }
      if (mustNotExist) throw duplicateKey();
      checkRequired(store, values, false);
      checkKeysFree(store, ref, values);
      store.update(ref, values, session.userId, ctx.now());
      return answer(req, store, ref, false);
    });

  const remove = (req: EmulatorRequest, session: TokenSession) =>
    onEntitySet(ctx, req, (store) => {
      const key = parseRowKey(store, req.params.key ?? '');
      const ref = findRow(store, key);
      if (ref === null) throw rowNotFound(store, key);
      store.delete(ref, session.userId, ctx.now());
      return noContent();
    });

  return [
    apiRoute(ctx, 'create', 'POST', '/:set', create),
    apiRoute(ctx, 'update', 'PATCH', '/:set(:key)', upsert),
    apiRoute(ctx, 'delete', 'DELETE', '/:set(:key)', remove),
  ];
}

/** An upsert that creates takes the key it was addressed by: the id, or the key's columns. */
function withKey(
  store: EntityStore,
  key: RowKey,
  values: Map<string, AttributeValue>,
): Map<string, AttributeValue> {
  const row = new Map(values);
  if (key.kind === 'id') row.set(store.spec.primaryIdAttribute, key.id);
  else key.key.attributes.forEach((name, i) => row.set(name, key.values[i] ?? null));
  return row;
}
