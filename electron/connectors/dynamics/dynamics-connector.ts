import { z } from 'zod';
import type { CrmField, CrmTableDescription, CrmTableSummary } from '../../../shared/domain/crm';
import type { RecordRow } from '../../../shared/domain/records';
import { msg, type ConsoleMessage } from '../../../shared/i18n/message';
import type {
  ConnectionCheck,
  Connector,
  CrmPage,
  CrmQuery,
  DeletedAnswer,
  DeletionCursor,
  WriteMode,
  WriteResult,
} from '../connector';
import { CrmError } from '../crm-error';
import { changeSetAnswers, changeSetBody } from './batch-body';
import { deletedThroughChangeTracking } from './change-tracking';
import { dynamicsCapabilities } from './dynamics-capabilities';
import { DynamicsTokens, type DynamicsAuth } from './dynamics-tokens';
import { odataInstant, recordFromDynamics, wireName } from './dynamics-values';
import {
  attributesSchema,
  entityListSchema,
  entitySchema,
  keysSchema,
  lookupTargets,
  mapEntity,
  mapEntityList,
  optionAttributesSchema,
  optionCasts,
  type OptionAttribute,
} from './metadata-mapper';
import { toODataFilter } from './odata-filter';
import {
  creationSlices,
  isSlicesCursor,
  parseSlicesCursor,
  slicedPages,
  type SlicePage,
} from './partitioned-read';
import type { Clock } from '../../core/clock';
import { errorOf, parseBody, WebApiClient, webApiError, type WebApiAnswer } from './web-api-client';

export interface DynamicsLogin extends DynamicsAuth {
  /** The organization's address: `https://myorg.crm.dynamics.com`. */
  serverUrl: string;
  /** Option set labels are read in this language. */
  languageCode: number;
  callDeadlineMs?: number;
}

const whoAmISchema = z.object({
  UserId: z.string(),
  BusinessUnitId: z.string(),
  OrganizationId: z.string(),
});
const userSchema = z.object({
  fullname: z.string().nullish(),
  domainname: z.string().nullish(),
});
const organizationSchema = z.object({ name: z.string() });
const versionSchema = z.object({ Version: z.string() });
const pageSchema = z.object({
  value: z.array(z.record(z.string(), z.unknown())),
  '@odata.nextLink': z.string().optional(),
});
const returnedSchema = z.record(z.string(), z.unknown());
const countSchema = z.object({
  '@odata.count': z.number().int().nonnegative(),
  '@Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded': z.boolean().optional(),
});
const edgeSchema = z.object({
  '@odata.count': z.number().int().nonnegative().optional(),
  value: z.array(z.record(z.string(), z.unknown())),
});

/** Ids asked for at once when the population was calculated upstream. */
const idsPerQuery = 100;
const maxPageSize = 5000;
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const cursor = (chunk: number, link: string) => `${chunk}:${link}`;
function parseCursor(text: string): { chunk: number; link: string } {
  const match = /^(\d+):(.*)$/.exec(text);
  if (!match)
    throw new CrmError(msg('messages:connectors.foreignCursor', { connector: 'Dynamics' }));
  return { chunk: Number(match[1]), link: match[2] ?? '' };
}

/** The id in `OData-EntityId: https://…/contacts(<guid>)`. */
const entityIdOf = (answer: Pick<WebApiAnswer, 'headers'>) =>
  /\(([0-9a-f-]{36})\)\s*$/i.exec(answer.headers['odata-entityid'] ?? '')?.[1] ?? null;

/** A key literal: a guid bare, anything else quoted as OData strings are. */
const keyLiteral = (value: string) => (guid.test(value) ? value : `'${value.replace(/'/g, "''")}'`);

/**
 * Microsoft Dynamics 365 through the Dataverse Web API v9.2, with tokens from msal-node. Tables
 * are entities by logical name; their entity set names are read once from the metadata.
 */
export class DynamicsConnector implements Connector {
  readonly capabilities = dynamicsCapabilities;
  private readonly entities = new Map<string, EntityFacts>();
  /** Entity set names of the entities lookups point to, by logical name. */
  private readonly sets = new Map<string, string>();

  private constructor(
    private readonly api: WebApiClient,
    private readonly login: DynamicsLogin,
    private readonly clock: Clock,
  ) {}

  /** Signs in at once, so that a wrong password or certificate is told now. */
  static async connect(login: DynamicsLogin, clock: Clock): Promise<DynamicsConnector> {
    const tokens = new DynamicsTokens(login, clock);
    await tokens.current();
    return new DynamicsConnector(
      new WebApiClient(login.serverUrl, tokens, login.callDeadlineMs),
      login,
      clock,
    );
  }

  async testConnection(): Promise<ConnectionCheck> {
    const me = await this.api.json({ method: 'GET', path: 'WhoAmI' }, whoAmISchema, 'WhoAmI');
    const [user, organization, version] = await Promise.all([
      this.api.json(
        { method: 'GET', path: `systemusers(${me.UserId})?$select=fullname,domainname` },
        userSchema,
        msg('messages:connectors.call.signedInUser'),
      ),
      this.api.json(
        { method: 'GET', path: `organizations(${me.OrganizationId})?$select=name` },
        organizationSchema,
        msg('messages:connectors.call.organization'),
      ),
      this.api.json(
        { method: 'GET', path: 'RetrieveVersion' },
        versionSchema,
        msg('messages:connectors.call.version', { api: 'RetrieveVersion' }),
      ),
    ]);
    return {
      organization: `${organization.name} (${me.OrganizationId})`,
      user: user.domainname || user.fullname || me.UserId,
      instanceUrl: this.login.serverUrl,
      apiVersion: `Web API v9.2, server ${version.Version}`,
    };
  }

  async listTables(): Promise<CrmTableSummary[]> {
    const answer = await this.api.json(
      {
        method: 'GET',
        path: 'EntityDefinitions?$select=LogicalName,EntitySetName,DisplayName,IsCustomEntity',
      },
      entityListSchema,
      msg('messages:connectors.call.tableList', { api: 'EntityDefinitions' }),
    );
    return mapEntityList(answer, this.login.languageCode);
  }

  async describeTable(name: string): Promise<CrmTableDescription> {
    const key = `EntityDefinitions(LogicalName='${name.replace(/'/g, "''")}')`;
    const what = msg('messages:connectors.call.definition', { table: name });
    const entityAnswer = await this.api.send({
      method: 'GET',
      path: `${key}?$select=LogicalName,EntitySetName,DisplayName,PrimaryIdAttribute`,
    });
    if (entityAnswer.status === 404)
      throw new CrmError(
        msg('messages:connectors.noTable', { crm: 'Dynamics 365', table: name }),
        'NOT_FOUND',
      );
    if (entityAnswer.status >= 400) throw webApiError(entityAnswer, what);
    const entity = parseBody(entitySchema, entityAnswer.body, what);
    const [attributes, keys, ...casts] = await Promise.all([
      this.api.json({ method: 'GET', path: `${key}/Attributes` }, attributesSchema, what),
      this.api.json({ method: 'GET', path: `${key}/Keys` }, keysSchema, what),
      ...optionCasts.map((cast) =>
        this.api.json(
          {
            method: 'GET',
            path: `${key}/Attributes/Microsoft.Dynamics.CRM.${cast}?$select=LogicalName&$expand=OptionSet,GlobalOptionSet`,
          },
          optionAttributesSchema,
          msg('messages:connectors.call.optionSets', { table: name }),
        ),
      ),
    ]);
    const options = new Map<string, OptionAttribute>(
      casts.flatMap((c) => c.value.map((a) => [a.LogicalName, a] as const)),
    );
    const keyFields = new Set(keys.value.flatMap((k) => k.KeyAttributes));
    this.entities.set(name, {
      set: entity.EntitySetName,
      id: entity.PrimaryIdAttribute,
      lookups: lookupTargets(attributes),
    });
    this.sets.set(name, entity.EntitySetName);
    return mapEntity(entity, attributes, options, keyFields, this.login.languageCode);
  }

  async *query(
    query: CrmQuery,
    fields: readonly CrmField[],
    signal?: AbortSignal,
    resume?: string,
  ): AsyncIterable<CrmPage> {
    const byName = new Map(fields.map((f) => [f.name, f]));
    const { set, id } = await this.entity(query.table);
    const size = Math.min(maxPageSize, Math.max(1, query.pageSize ?? maxPageSize));
    const raw = new Set(query.rawFields ?? []);
    const what = msg('messages:connectors.call.query', { table: query.table });
    const readPage = async (path: string): Promise<SlicePage<RecordRow>> => {
      signal?.throwIfAborted();
      const page = await this.page(path, size, what, signal);
      return {
        rows: page.value.map((r) => recordFromDynamics(r, query.fields, byName, raw)),
        more: page['@odata.nextLink'] ?? null,
      };
    };
    const sliced =
      resume !== undefined
        ? isSlicesCursor(resume)
          ? parseSlicesCursor(resume)
          : null
        : await this.slicesOf(query, byName, set, id, size, signal);
    if (sliced) {
      yield* slicedPages(sliced, readPage);
      return;
    }
    const chunks = query.ids ? chunked(query.ids, idsPerQuery) : [undefined];
    const from = resume === undefined ? { chunk: 0, link: '' } : parseCursor(resume);
    for (let chunk = from.chunk; chunk < chunks.length; chunk++) {
      let path: string | null =
        chunk === from.chunk && from.link
          ? from.link
          : `${set}?${this.queryOptions(query, byName, id, chunks[chunk])}`;
      while (path) {
        const page = await readPage(path);
        const next = page.more
          ? cursor(chunk, page.more)
          : chunk + 1 < chunks.length
            ? cursor(chunk + 1, '')
            : null;
        yield { rows: page.rows, next };
        path = page.more;
      }
    }
  }

  /** One page of a query, by its address or the `@odata.nextLink` of the page before. */
  private async page(path: string, size: number, what: ConsoleMessage, signal?: AbortSignal) {
    const answer = await this.api.send({
      method: 'GET',
      path,
      headers: { Prefer: `odata.maxpagesize=${size}` },
      signal,
    });
    if (answer.status >= 400) {
      if (path.includes('$skiptoken') && answer.status === 400)
        throw new CrmError(
          msg('messages:connectors.dynamics.pagingCookieGone', {
            what,
            crmMessage: errorOf(answer).message,
          }),
          'EXPIRED_CURSOR',
        );
      throw webApiError(answer, what);
    }
    return parseBody(pageSchema, answer.body, what);
  }

  /**
   * The first page addresses of a query read in slices of creation time (partitioned-read.ts),
   * or null when it is read as one: an order asked for, ids from upstream, or fewer rows than a
   * page. Two one-row queries find the oldest and newest rows; the first also counts (the
   * service counts up to 5,000, a full page).
   */
  private async slicesOf(
    query: CrmQuery,
    byName: ReadonlyMap<string, CrmField>,
    set: string,
    idField: string,
    size: number,
    signal?: AbortSignal,
  ): Promise<string[] | null> {
    const created = dynamicsCapabilities.createdField;
    if (!created || query.ids || query.orderBy?.length) return null;
    const options = this.queryOptions(query, byName, idField, undefined);
    const what = msg('messages:connectors.call.creationDates', { table: query.table });
    const edge = async (descending: boolean) => {
      const order = encodeURIComponent(`${created}${descending ? ' desc' : ''}`);
      const answer = await this.api.json(
        {
          method: 'GET',
          path: `${set}?${options.replace(/^\$select=[^&]*/, `$select=${created}`)}&$orderby=${order}&$top=1${descending ? '' : '&$count=true'}`,
          signal,
        },
        edgeSchema,
        what,
      );
      const at = answer.value[0]?.[created];
      return { count: answer['@odata.count'] ?? null, at: typeof at === 'string' ? at : null };
    };
    const [oldest, newest] = await Promise.all([edge(false), edge(true)]);
    if (oldest.count === null || oldest.count < size || !oldest.at || !newest.at) return null;
    const slices = creationSlices(created, new Date(oldest.at), new Date(newest.at));
    if (slices.length < 2) return null;
    return slices.map(
      (slice) => `${set}?${this.queryOptions(query, byName, idField, undefined, slice)}`,
    );
  }

  /** The rows of the query; null past the 5,000 the service counts (the progress has no total). */
  async count(query: CrmQuery, fields: readonly CrmField[]): Promise<number | null> {
    const byName = new Map(fields.map((f) => [f.name, f]));
    const { set, id } = await this.entity(query.table);
    let total = 0;
    for (const ids of query.ids ? chunked(query.ids, idsPerQuery) : [undefined]) {
      const options = this.queryOptions({ ...query, orderBy: [] }, byName, id, ids);
      const answer = await this.api.json(
        { method: 'GET', path: `${set}?${options}&$count=true&$top=1` },
        countSchema,
        msg('messages:connectors.call.count', { table: query.table }),
      );
      if (answer['@Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded']) return null;
      total += answer['@odata.count'];
    }
    return total;
  }

  async deleted(
    table: string,
    start: Date,
    end: Date,
    cursor?: DeletionCursor | null,
  ): Promise<DeletedAnswer> {
    const { set, id } = await this.entity(table);
    const now = new Date(this.clock.now());
    return deletedThroughChangeTracking(
      this.api,
      set,
      id,
      table,
      { start, end, now },
      cursor ?? null,
    );
  }

  /**
   * One record alone is one request. Several (Export in batches) go in one `$batch` change set,
   * which the service applies as a whole; when it rolls back, each record is sent again alone,
   * so that the good ones land and each bad one carries its own error.
   */
  async write(
    table: string,
    mode: WriteMode,
    records: readonly RecordRow[],
    externalIdField?: string,
  ): Promise<WriteResult[]> {
    const { set, id, lookups } = await this.entity(table);
    const bound = await this.bindLookups(lookups, records);
    const plans = bound.map((record, index) =>
      writePlan(set, id, mode, index, record, externalIdField),
    );
    const results: WriteResult[] = [];
    for (let start = 0; start < plans.length; start += dynamicsCapabilities.maxWriteBatch) {
      const chunk = plans.slice(start, start + dynamicsCapabilities.maxWriteBatch);
      const batched = chunk.length > 1 ? await this.changeSet(chunk, id, mode) : null;
      results.push(...(batched ?? (await this.oneByOne(chunk, id, mode))));
    }
    return results;
  }

  private async oneByOne(plans: readonly WritePlan[], idField: string, mode: WriteMode) {
    const results: WriteResult[] = [];
    for (const plan of plans) {
      if ('result' in plan) {
        results.push(plan.result);
        continue;
      }
      const answer = await this.api.send({
        method: plan.method,
        path: plan.path,
        body: plan.body,
        headers: plan.headers,
      });
      throwIfCallFailed(answer, msg('messages:connectors.call.writeRecord', { n: plan.index + 1 }));
      results.push(writeOutcome(plan, idField, mode, answer));
    }
    return results;
  }

  /** The records in one change set; null when it rolled back (they are sent again alone). */
  private async changeSet(
    plans: readonly WritePlan[],
    idField: string,
    mode: WriteMode,
  ): Promise<WriteResult[] | null> {
    const sendable = plans.filter((p): p is SendPlan => !('result' in p));
    if (sendable.length < plans.length || sendable.length === 0) return null;
    const { contentType, body } = changeSetBody(
      sendable.map((p) => ({
        method: p.method,
        url: this.api.url(p.path),
        headers: p.headers,
        body: p.body,
      })),
    );
    const answer = await this.api.send({
      method: 'POST',
      path: '$batch',
      body,
      headers: { 'Content-Type': contentType },
    });
    const parsed = changeSetAnswers(answer.headers['content-type'] ?? '', answer.body);
    if (!parsed)
      throw webApiError(
        answer,
        msg('messages:connectors.call.writeBatchOf', { records: plans.length }),
      );
    if (!parsed.committed) return null;
    return sendable.map((plan, i) => {
      const part = parsed.answers.find((a) => a.contentId === String(i + 1)) ?? parsed.answers[i];
      if (!part)
        throw new CrmError(
          msg('messages:connectors.dynamics.noBatchResult', { n: plan.index + 1 }),
        );
      return writeOutcome(plan, idField, mode, part);
    });
  }

  async deleteRecords(table: string, ids: readonly string[]): Promise<WriteResult[]> {
    const { set } = await this.entity(table);
    const results: WriteResult[] = [];
    for (const [index, recordId] of ids.entries()) {
      if (!guid.test(recordId)) {
        results.push(failed(index, 'INVALID_ID', `'${recordId}' is not a record id.`, []));
        continue;
      }
      const answer = await this.api.send({ method: 'DELETE', path: `${set}(${recordId})` });
      throwIfCallFailed(answer, msg('messages:connectors.call.deleteRecord', { n: index + 1 }));
      if (answer.status >= 400) {
        const { code, message } = errorOf(answer);
        results.push(failed(index, code, message, []));
      } else results.push({ index, ok: true, id: recordId, errors: [] });
    }
    return results;
  }

  async close(): Promise<void> {
    // Tokens live in memory only and end with the connector; there is no session to close.
  }

  /**
   * Lookup values as the Web API takes them: `<name>@odata.bind` naming the row by its entity
   * set and id (`/contacts(<id>)`), or null to clear it.
   */
  private async bindLookups(
    lookups: ReadonlyMap<string, string>,
    records: readonly RecordRow[],
  ): Promise<RecordRow[]> {
    const used = [...lookups].filter(([name]) => records.some((r) => name in r));
    if (used.length === 0) return [...records];
    const sets = new Map<string, string>();
    for (const [name, target] of used) sets.set(name, await this.entitySetOf(target));
    return records.map((record) => {
      const row: RecordRow = {};
      for (const [name, value] of Object.entries(record)) {
        const set = sets.get(name);
        if (set === undefined) row[name] = value;
        else
          row[`${name}@odata.bind`] =
            value === null || value === '' ? null : `/${set}(${String(value)})`;
      }
      return row;
    });
  }

  private async entitySetOf(logicalName: string): Promise<string> {
    const known = this.sets.get(logicalName);
    if (known) return known;
    const answer = await this.api.json(
      {
        method: 'GET',
        path: `EntityDefinitions(LogicalName='${logicalName.replace(/'/g, "''")}')?$select=EntitySetName`,
      },
      z.object({ EntitySetName: z.string() }),
      msg('messages:connectors.call.entitySet', { table: logicalName }),
    );
    this.sets.set(logicalName, answer.EntitySetName);
    return answer.EntitySetName;
  }

  /** The entity set, primary id and lookups of a table, from its definition (read once). */
  private async entity(table: string): Promise<EntityFacts> {
    const known = this.entities.get(table);
    if (known) return known;
    await this.describeTable(table);
    const described = this.entities.get(table);
    if (!described)
      throw new CrmError(
        msg('messages:connectors.noTable', { crm: 'Dynamics 365', table }),
        'NOT_FOUND',
      );
    return described;
  }

  private queryOptions(
    query: CrmQuery,
    byName: ReadonlyMap<string, CrmField>,
    idField: string,
    ids: readonly string[] | undefined,
    slice = '',
  ): string {
    const wire = (name: string) => {
      const field = byName.get(name);
      return field ? wireName(field) : name;
    };
    const select = [...new Set(query.fields.map(wire))];
    const where: string[] = [];
    if (query.filter)
      where.push(`(${toODataFilter(query.filter.node, byName, query.filter.values)})`);
    const m = query.modified;
    if (m?.since) where.push(`${wire(m.field)} ge ${odataInstant(m.since)}`);
    if (m?.until) where.push(`${wire(m.field)} lt ${odataInstant(m.until)}`);
    if (ids) {
      const valid = ids.filter((i) => guid.test(i));
      where.push(
        valid.length ? `(${valid.map((i) => `${idField} eq ${i}`).join(' or ')})` : 'false',
      );
    }
    if (slice) where.push(`(${slice})`);
    const order = (query.orderBy ?? []).map(
      (o) => `${wire(o.field)}${o.descending ? ' desc' : ''}`,
    );
    const parts = [`$select=${select.join(',')}`];
    if (where.length) parts.push(`$filter=${encodeURIComponent(where.join(' and '))}`);
    if (order.length) parts.push(`$orderby=${encodeURIComponent(order.join(','))}`);
    return parts.join('&');
  }
}

interface EntityFacts {
  set: string;
  id: string;
  /** Each lookup's target entity. */
  lookups: ReadonlyMap<string, string>;
}

interface SendPlan {
  index: number;
  method: 'POST' | 'PATCH';
  path: string;
  body: string;
  headers: Record<string, string>;
  /** The record's own id when the address names it. */
  knownId: string | null;
}
type WritePlan = SendPlan | { index: number; result: WriteResult };

/** The request that writes one record: the key in the address, the rest in the body. */
function writePlan(
  set: string,
  idField: string,
  mode: WriteMode,
  index: number,
  record: RecordRow,
  externalIdField?: string,
): WritePlan {
  const keyField = mode === 'upsert' ? (externalIdField ?? idField) : idField;
  const keyValue = record[keyField];
  if (mode !== 'insert' && (keyValue === null || keyValue === undefined || keyValue === ''))
    return {
      index,
      result: failed(index, 'MISSING_KEY', `The record has no ${keyField}.`, [keyField]),
    };
  const key = String(keyValue);
  if (mode !== 'insert' && keyField === idField && !guid.test(key))
    return {
      index,
      result: failed(index, 'INVALID_ID', `'${key}' is not a record id.`, [keyField]),
    };
  const body = Object.fromEntries(
    Object.entries(record).filter(([name]) => name !== idField && name !== keyField),
  );
  return {
    index,
    method: mode === 'insert' ? 'POST' : 'PATCH',
    path:
      mode === 'insert'
        ? set
        : keyField === idField
          ? `${set}(${key})`
          : `${set}(${keyField}=${keyLiteral(key)})`,
    body: JSON.stringify(body),
    headers: {
      ...(mode === 'update' ? { 'If-Match': '*' } : {}),
      Prefer: 'return=representation',
    },
    knownId: mode !== 'insert' && keyField === idField ? key : null,
  };
}

/** A record's result from its answer: the id given back, whether an upsert created it. */
function writeOutcome(
  plan: SendPlan,
  idField: string,
  mode: WriteMode,
  answer: { status: number; headers: Record<string, string>; body: string },
): WriteResult {
  if (answer.status >= 400) {
    const { code, message } = errorOf({ ...answer });
    return failed(plan.index, code, message, []);
  }
  const returned = answer.body.trim()
    ? parseBody(returnedSchema, answer.body, msg('messages:connectors.call.aWrite'))
    : {};
  const id = returned[idField];
  return {
    index: plan.index,
    ok: true,
    id: typeof id === 'string' ? id : (entityIdOf(answer) ?? plan.knownId),
    ...(mode === 'upsert' ? { created: answer.status === 201 } : {}),
    errors: [],
  };
}

/**
 * A refused sign-in, throttling that outlasted the retries, or a server failure says nothing
 * about the record: the call failed, and the records from it on are left to a resumed run.
 */
function throwIfCallFailed(answer: WebApiAnswer, what: ConsoleMessage): void {
  if (answer.status === 401 || answer.status === 429 || answer.status >= 500)
    throw webApiError(answer, what);
}

function failed(index: number, code: string, message: string, fields: string[]): WriteResult {
  return { index, ok: false, id: null, errors: [{ code, message, fields }] };
}

function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks.length ? chunks : [[]];
}
