import { setMaxListeners } from 'node:events';
import { z } from 'zod';
import type {
  CrmField,
  CrmPicklistValue,
  CrmTableDescription,
  CrmTableSummary,
} from '../../../shared/domain/crm';
import type { RecordRow } from '../../../shared/domain/records';
import { msg, type ConsoleMessage } from '../../../shared/i18n/message';
import type {
  ConnectionCheck,
  Connector,
  ConnectorCapabilities,
  CrmPage,
  CrmQuery,
  DeletedAnswer,
  DeletedRecord,
  WriteError,
  WriteMode,
  WriteResult,
} from '../connector';
import { CrmError } from '../crm-error';
import { oracleObjects, type OracleFieldInfo, type OracleObjectInfo } from './oracle-catalog';
import { oracleCriteria, quoted } from './oracle-criteria';
import { instantFromOracle, isTimeZone, oracleFromInstant } from './oracle-dates';
import { OracleFaultError, OracleSession, type OracleLogin } from './oracle-session';
import {
  at,
  deletedItemsCall,
  elementsOf,
  picklistCall,
  queryPageCall,
  textOf,
  writeCall,
  type OracleApiVersion,
  type SoapCall,
  type WriteMethod,
  type XmlNode,
} from './oracle-soap';
import { recordFromOracle, valueToOracle } from './oracle-values';
import { pagesAhead } from './pages-ahead';

/** The seed's words for the v1.0 limit, quoted wherever a query asks for both. */
export const sortOrFilterLimitation = msg('messages:connectors.oracle.sortOrFilter');

/** Oracle's limits: 100 records a page, 20 records a write, Deleted Items kept 30 days. */
export function oracleCapabilities(version: OracleApiVersion): ConnectorCapabilities {
  return {
    deletedRetentionDays: 30,
    orderBy: true,
    sortOrFilterOnly: version === 'v1.0' ? sortOrFilterLimitation : null,
    queryAll: false,
    datesHaveTimeZone: false,
    maxWriteBatch: 20,
    indexFields: ['LastUpdated', 'ModifiedDate', 'LastLoggedIn'],
    createdField: 'CreatedDate',
    rejectLogFile: true,
    bulkApi: false,
  };
}

export interface OracleConnection {
  login: OracleLogin;
  version: OracleApiVersion;
  /** The CRM user's time zone; when null it is read from the CRM (the user's TimeZoneName). */
  timeZone: string | null;
  /**
   * Web Services sessions a large import reads with (default 2 of the company's 10, leaving
   * the rest to other integrations); each has its own request rate.
   */
  readSessions?: number;
}

const defaultReadSessions = 2;
/**
 * Pages asked for at once per session: its rate (20 a second) times a page's round trip, which
 * is up to 0.8 s when the server queues them (ten left the pacer waiting on answers).
 */
const pagesInFlightPerSession = 16;

const pageSize = 100;
/** Ids per query of the upstream population: one field expression of ORed comparisons. */
const idChunkSize = 50;
const recordSchema = z.record(z.string(), z.unknown());

/** Where a query goes on: a chunk of ids and a row in it, or `d`, the chunk's deleted ones. */
type Row = number | 'deleted';
const cursor = (chunk: number, row: Row) => `${chunk}:${row === 'deleted' ? 'd' : row}`;
function parseCursor(text: string): { chunk: number; row: Row } {
  const m = /^(\d+):(\d+|d)$/.exec(text);
  if (!m)
    throw new CrmError(msg('messages:connectors.foreignCursor', { connector: 'Oracle On Demand' }));
  return { chunk: Number(m[1]), row: m[2] === 'd' ? 'deleted' : Number(m[2]) };
}

/** The texts of a record element's children, by field name. */
function textsOf(record: XmlNode, what: ConsoleMessage): Map<string, string> {
  const parsed = recordSchema.safeParse(record === '' ? {} : record);
  if (!parsed.success)
    throw new CrmError(msg('messages:connectors.oracle.otherRecordForm', { what }));
  const texts = new Map<string, string>();
  for (const [name, value] of Object.entries(parsed.data))
    if (!name.startsWith('@')) texts.set(name, textOf(value as XmlNode) ?? '');
  return texts;
}

/** The output element of an answer, refused in words when it is missing. */
function output(body: XmlNode, name: string, what: ConsoleMessage): XmlNode {
  const found = at(body, name);
  if (found === undefined)
    throw new CrmError(msg('messages:connectors.oracle.noElement', { what, element: name }));
  return found;
}

function writeError(error: OracleFaultError): WriteError {
  const { fault } = error;
  return {
    code: fault.errorCode ?? 'SOAP_FAULT',
    message: fault.errorMessage,
    fields: [],
    ...(fault.errorSymbol ? { symbol: fault.errorSymbol } : {}),
    ...(fault.logFilename ? { logFilename: fault.logFilename } : {}),
  };
}

/**
 * Oracle CRM On Demand through its Web Services On Demand API (SOAP): QueryPage with v2.0, or
 * v1.0 when the account says so; writes, deletes, Deleted Items and picklists with v2.0. Dates
 * carry no zone on the wire: they are read and written in the CRM user's time zone.
 */
export class OracleConnector implements Connector {
  readonly capabilities: ConnectorCapabilities;
  readonly count?: (query: CrmQuery, fields: readonly CrmField[]) => Promise<number>;
  /** The sessions opened besides the first, for reading in parallel (opened on first need). */
  private extraSessions: Promise<OracleSession[]> | null = null;
  private openedExtra = 0;

  private constructor(
    private readonly session: OracleSession,
    private readonly connection: OracleConnection,
    /** The CRM user's time zone, the account's or the one read from the CRM. */
    readonly timeZone: string,
    private readonly user: { name: string; timeZoneName: string | null },
  ) {
    this.capabilities = oracleCapabilities(connection.version);
    if (connection.version === 'v2.0') this.count = (query) => this.countRecords(query);
  }

  static async connect(connection: OracleConnection): Promise<OracleConnector> {
    if (connection.timeZone !== null && !isTimeZone(connection.timeZone))
      throw new CrmError(
        msg('messages:connectors.oracle.notTimeZone', { zone: connection.timeZone }),
      );
    const session = await OracleSession.open(connection.login);
    try {
      const user = await OracleConnector.signedInUser(session, connection.login.username);
      const zone = connection.timeZone ?? user.timeZoneName;
      if (!zone || !isTimeZone(zone))
        throw new CrmError(
          user.timeZoneName
            ? msg('messages:connectors.oracle.unusableUserZone', {
                user: connection.login.username,
                zone: user.timeZoneName,
              })
            : msg('messages:connectors.oracle.noUserZone', { user: connection.login.username }),
        );
      return new OracleConnector(session, connection, zone, user);
    } catch (error) {
      await session.close();
      throw error;
    }
  }

  /** The user the console signed in as: its name and the time zone Oracle shows its dates in. */
  private static async signedInUser(
    session: OracleSession,
    username: string,
  ): Promise<{ name: string; timeZoneName: string | null }> {
    const body = await session.call(
      queryPageCall({
        object: 'User',
        fields: ['FirstName', 'LastName', 'TimeZoneName'],
        criteria: {
          kind: 'fields',
          expressions: new Map([['UserSignInId', `= ${quoted(username)}`]]),
        },
        sort: [],
        pageSize: 1,
        startRow: 0,
        version: 'v2.0',
      }),
    );
    const list = at(
      output(body, 'UserQueryPage_Output', msg('messages:connectors.call.signedInUserQuery')),
      'ListOfUser',
    );
    const record = elementsOf(list, 'User')[0];
    if (record === undefined) return { name: username, timeZoneName: null };
    const texts = textsOf(record, msg('messages:connectors.call.signedInUserQuery'));
    const name = [texts.get('FirstName'), texts.get('LastName')].filter(Boolean).join(' ');
    return { name: name || username, timeZoneName: texts.get('TimeZoneName') || null };
  }

  async testConnection(): Promise<ConnectionCheck> {
    const { login, version } = this.connection;
    return {
      organization: login.username.split('/')[0] ?? login.username,
      user: `${login.username} (${this.user.name})`,
      instanceUrl: login.serverUrl,
      apiVersion: `Web Services ${version}`,
      timeZone: this.timeZone,
    };
  }

  listTables(): Promise<CrmTableSummary[]> {
    return Promise.resolve(
      oracleObjects.map((o) => ({ name: o.name, label: o.label, custom: false })),
    );
  }

  private object(name: string): OracleObjectInfo {
    const found = oracleObjects.find((o) => o.name === name);
    if (!found)
      throw new CrmError(
        msg('messages:connectors.oracle.noStandardObject', { table: name }),
        'NOT_FOUND',
      );
    return found;
  }

  async describeTable(name: string): Promise<CrmTableDescription> {
    const object = this.object(name);
    const fields: CrmField[] = [];
    for (const field of object.fields) fields.push(await this.describeField(object, field));
    return {
      name: object.name,
      label: object.label,
      idField: 'Id',
      modifiedFields: this.capabilities.indexFields.filter((n) =>
        object.fields.some((f) => f.name === n),
      ),
      fields,
    };
  }

  private async describeField(object: OracleObjectInfo, field: OracleFieldInfo): Promise<CrmField> {
    const base = {
      name: field.name,
      label: field.label,
      crmType: field.type,
      nillable: !field.required && field.name !== 'Id',
      externalId: field.name === 'ExternalSystemId',
    };
    switch (field.type) {
      case 'id':
        return { ...base, type: 'string', length: 30 };
      case 'text':
        return { ...base, type: 'string', length: field.length ?? 255 };
      case 'note':
        return { ...base, type: 'memo' };
      case 'dateTime':
        return { ...base, type: 'datetime' };
      case 'date':
        return { ...base, type: 'date' };
      case 'number':
        return { ...base, type: 'double' };
      case 'integer':
        return { ...base, type: 'long' };
      case 'boolean':
        return { ...base, type: 'boolean' };
      case 'picklist':
      case 'multiPicklist':
        return {
          ...base,
          type: field.type === 'picklist' ? 'string' : 'memo',
          ...(field.type === 'picklist' ? { length: 255 } : {}),
          picklist: {
            multiSelect: field.type === 'multiPicklist',
            values: await this.picklistValues(object.name, field.name),
          },
        };
    }
  }

  private async picklistValues(object: string, field: string): Promise<CrmPicklistValue[]> {
    const what = msg('messages:connectors.call.picklist', { table: object, field });
    const body = await this.session.call(picklistCall(object, field));
    const parent = at(
      output(body, 'PicklistWS_GetPicklistValues_Output', what),
      'ListOfParentPicklistValue',
      'ParentPicklistValue',
    );
    return elementsOf(at(parent, 'ListOfPicklistValue'), 'PicklistValue').map((value) => {
      const texts = textsOf(value, what);
      const code = texts.get('Code') ?? '';
      return {
        value: code,
        label: texts.get('DisplayValue') || code,
        active: texts.get('Disabled') !== 'Y',
      };
    });
  }

  /** What a query asks of Oracle: its object, its fields, and its criteria per chunk of ids. */
  private plan(query: CrmQuery) {
    const object = this.object(query.table);
    const byName = new Map(object.fields.map((f) => [f.name, f]));
    const chosen = query.fields.map((name) => {
      const field = byName.get(name);
      if (!field)
        throw new CrmError(msg('messages:connectors.noField', { table: query.table, field: name }));
      return field;
    });
    const sort = query.orderBy ?? [];
    const { version } = this.connection;
    const chunks: (readonly string[] | undefined)[] = [];
    if (query.ids)
      for (let i = 0; i < query.ids.length; i += idChunkSize)
        chunks.push(query.ids.slice(i, i + idChunkSize));
    else chunks.push(undefined);
    const filtered =
      query.filter !== undefined || query.modified !== undefined || query.ids !== undefined;
    // Checked before any call: v1.0 answers such a query with a fault.
    if (this.capabilities.sortOrFilterOnly && sort.length && filtered)
      throw new CrmError(this.capabilities.sortOrFilterOnly);
    const criteriaOf = (chunk: number) =>
      oracleCriteria({
        table: query.table,
        fields: byName,
        ...(query.filter ? { filter: query.filter } : {}),
        ...(query.modified ? { modified: query.modified } : {}),
        ...(chunks[chunk] ? { ids: chunks[chunk] } : {}),
        idField: 'Id',
        timeZone: this.timeZone,
        version,
      });
    return { object, chosen, sort, version, chunks, criteriaOf };
  }

  /**
   * How many records a query gives, from the `recordcount` of a one-record page per chunk of
   * ids (v2.0 only: v1.0 has no count, and its imports run without a total).
   */
  private async countRecords(query: CrmQuery): Promise<number> {
    const { object, chunks, criteriaOf } = this.plan(query);
    const what = msg('messages:connectors.call.count', { table: query.table });
    let total = 0;
    for (let chunk = 0; chunk < chunks.length; chunk++) {
      const body = await this.session.call(
        queryPageCall({
          object: object.name,
          fields: ['Id'],
          criteria: criteriaOf(chunk),
          sort: [],
          pageSize: 1,
          startRow: 0,
          version: 'v2.0',
          countNeeded: true,
        }),
      );
      const list = at(output(body, `${object.name}QueryPage_Output`, what), `ListOf${object.name}`);
      const count = Number(at(list, '@recordcount'));
      if (!Number.isSafeInteger(count) || count < 0)
        throw new CrmError(msg('messages:connectors.oracle.noRecordCount', { what }));
      total += count;
    }
    return total;
  }

  /**
   * The records of a query, a page at a time. With `includeDeleted` and ids (how an interrupted
   * delete is settled), each chunk's deleted records follow its live ones, from Deleted Items,
   * with their id only: Oracle's QueryPage never returns deleted records.
   */
  async *query(
    query: CrmQuery,
    _fields: readonly CrmField[],
    signal?: AbortSignal,
    resume?: string,
  ): AsyncIterable<CrmPage> {
    const { object, chosen, sort, version, chunks, criteriaOf } = this.plan(query);
    const withDeleted = query.includeDeleted === true;
    if (withDeleted && !query.ids) throw new CrmError(msg('messages:connectors.oracle.noQueryAll'));
    const raw = new Set(query.rawFields ?? []);
    const from = resume === undefined ? { chunk: 0, row: 0 } : parseCursor(resume);
    const what = msg('messages:connectors.call.query', { table: query.table });
    const after = (chunk: number) => (chunk + 1 < chunks.length ? cursor(chunk + 1, 0) : null);
    let sessions = [this.session];
    const listName =
      version === 'v2.0'
        ? `${object.name}QueryPage_Output`
        : `${object.name}WS_${object.name}QueryPage_Output`;
    const readPage = async (
      criteria: ReturnType<typeof criteriaOf>,
      row: number,
      nth: number,
      countNeeded: boolean,
    ) => {
      signal?.throwIfAborted();
      const session = sessions[nth % sessions.length] ?? this.session;
      const body = await session.call(
        queryPageCall({
          object: object.name,
          fields: chosen.map((f) => f.name),
          criteria,
          sort,
          pageSize,
          startRow: row,
          version,
          ...(countNeeded ? { countNeeded } : {}),
        }),
        signal,
      );
      const out = output(body, listName, what);
      const list = at(out, `ListOf${object.name}`);
      const records = elementsOf(list, object.name);
      const lastPage =
        (version === 'v2.0' ? at(list, '@lastpage') : textOf(at(out, 'LastPage'))) ?? 'true';
      const count = countNeeded ? Number(at(list, '@recordcount')) : NaN;
      return {
        rows: records.map((r) => recordFromOracle(textsOf(r, what), chosen, this.timeZone, raw)),
        last: lastPage === 'true',
        count: Number.isSafeInteger(count) && count >= 0 ? count : null,
      };
    };
    for (let chunk = from.chunk; chunk < chunks.length; chunk++) {
      const start: Row = chunk === from.chunk ? from.row : 0;
      const criteria = criteriaOf(chunk);
      if (start !== 'deleted') {
        // A query by ids reads pages of fifty; any other one may run to many pages, so the
        // other sessions log in while its first page is read (a query of one page has then
        // opened them for a login and a logoff; a larger one gains a round trip).
        const opening = chunks[chunk] ? null : this.readers();
        // The first page alone, with the count where the API gives one (v2.0): the pages after
        // it are then asked for ahead, never past the last.
        const first = await readPage(criteria, start, 0, version === 'v2.0');
        const done = first.last || first.rows.length === 0;
        const nextOf = (row: number, last: boolean) =>
          !last
            ? cursor(chunk, row + pageSize)
            : withDeleted
              ? cursor(chunk, 'deleted')
              : after(chunk);
        yield { rows: first.rows, next: nextOf(start, done) };
        if (!done) {
          sessions = await (opening ?? this.readers());
          const window = pagesInFlightPerSession * sessions.length;
          // Every page in flight listens to the run's signal: many listeners, not a leak.
          if (signal) setMaxListeners(window + 10, signal);
          for await (const page of pagesAhead(
            start + pageSize,
            pageSize,
            first.count,
            window,
            (row, nth) => readPage(criteria, row, nth + 1, false),
          ))
            yield { rows: page.rows, next: nextOf(page.row, page.last) };
        }
      }
      if (withDeleted) {
        const ids = chunks[chunk] ?? [];
        const deleted = await this.deletedItems(object, { objectIds: ids }, signal);
        const rows = [...deleted.keys()].map((id) =>
          Object.fromEntries(chosen.map((f) => [f.name, f.name === 'Id' ? id : null])),
        );
        yield { rows, next: after(chunk) };
      }
    }
  }

  /** Deleted Items of an object, by window or ids, each record's last deletion by id. */
  private async deletedItems(
    object: OracleObjectInfo,
    which: { from: string; to: string } | { objectIds: readonly string[] },
    signal?: AbortSignal,
  ): Promise<Map<string, DeletedRecord>> {
    const what = msg('messages:connectors.call.deletedItems', { table: object.name });
    const found = new Map<string, DeletedRecord>();
    for (let row = 0; ; row += pageSize) {
      const body = await this.session.call(
        deletedItemsCall(object.name, which, pageSize, row),
        signal,
      );
      const out = output(body, 'DeletedItemWS_DeletedItemQueryPage_Output', what);
      const items = elementsOf(at(out, 'ListOfDeletedItem'), 'DeletedItem');
      for (const item of items) {
        const texts = textsOf(item, what);
        const id = texts.get('ObjectId');
        const deletedDate = instantFromOracle(texts.get('DeletedDate') ?? '', this.timeZone);
        if (!id || !deletedDate)
          throw new CrmError(msg('messages:connectors.oracle.incompleteItem', { what }));
        // A record deleted, restored and deleted again is listed once per deletion: keep its last.
        found.delete(id);
        found.set(id, { id, deletedDate });
      }
      if (textOf(at(out, 'LastPage')) !== 'false' || items.length === 0) break;
    }
    return found;
  }

  async deleted(table: string, start: Date, end: Date): Promise<DeletedAnswer> {
    const object = this.object(table);
    if (end.getTime() < start.getTime())
      throw new CrmError(msg('messages:connectors.endBeforeStart'));
    const window = {
      from: oracleFromInstant(start, this.timeZone),
      to: oracleFromInstant(end, this.timeZone),
    };
    return { records: [...(await this.deletedItems(object, window)).values()] };
  }

  async write(
    table: string,
    mode: WriteMode,
    records: readonly RecordRow[],
    externalIdField?: string,
  ): Promise<WriteResult[]> {
    const object = this.object(table);
    const byName = new Map(object.fields.map((f) => [f.name, f]));
    if (
      mode === 'upsert' &&
      externalIdField &&
      !['Id', 'ExternalSystemId'].includes(externalIdField)
    )
      throw new CrmError(msg('messages:connectors.oracle.matchField', { field: externalIdField }));
    const method: WriteMethod =
      mode === 'insert' ? 'Insert' : mode === 'update' ? 'Update' : 'InsertOrUpdate';
    const prepared = records.map((record) => {
      const texts: Record<string, string> = {};
      for (const [name, value] of Object.entries(record)) {
        const field = byName.get(name);
        if (!field) throw new CrmError(msg('messages:connectors.noField', { table, field: name }));
        const text = valueToOracle(value, field, this.timeZone);
        if (text instanceof Error) return text;
        texts[name] = text;
      }
      return texts;
    });
    return this.send(
      object,
      method,
      prepared,
      msg('messages:connectors.call.writeRecords', { mode, table }),
    );
  }

  async deleteRecords(table: string, ids: readonly string[]): Promise<WriteResult[]> {
    const object = this.object(table);
    return this.send(
      object,
      'Delete',
      ids.map((id) => ({ Id: id })),
      msg('messages:connectors.call.deleteRecords', { table }),
    );
  }

  /**
   * Sends records in batches of Oracle's size. A batch is one transaction in Oracle: a fault
   * fails it all and writes nothing, so its records are sent again one by one to learn which
   * were refused and why; a value refused before sending is that record's error.
   */
  private async send(
    object: OracleObjectInfo,
    method: WriteMethod,
    records: readonly (Record<string, string> | Error)[],
    what: ConsoleMessage,
  ): Promise<WriteResult[]> {
    const results: WriteResult[] = [];
    const batchSize = this.capabilities.maxWriteBatch;
    for (let start = 0; start < records.length; start += batchSize) {
      const batch = records
        .slice(start, start + batchSize)
        .map((r, i) => ({ index: start + i, r }));
      const sendable: { index: number; r: Record<string, string> }[] = [];
      for (const { index, r } of batch)
        if (r instanceof Error)
          results.push({
            index,
            ok: false,
            id: null,
            errors: [{ code: 'INVALID_VALUE', message: r.message, fields: [] }],
          });
        else sendable.push({ index, r });
      if (!sendable.length) continue;
      try {
        results.push(...(await this.sendBatch(object, method, sendable, what)));
      } catch (error) {
        if (!(error instanceof OracleFaultError)) throw error;
        for (const one of sendable)
          try {
            results.push(...(await this.sendBatch(object, method, [one], what)));
          } catch (single) {
            if (!(single instanceof OracleFaultError)) throw single;
            results.push({ index: one.index, ok: false, id: null, errors: [writeError(single)] });
          }
      }
    }
    return results.sort((a, b) => a.index - b.index);
  }

  private async sendBatch(
    object: OracleObjectInfo,
    method: WriteMethod,
    batch: readonly { index: number; r: Record<string, string> }[],
    what: ConsoleMessage,
  ): Promise<WriteResult[]> {
    const call: SoapCall = writeCall(
      object.name,
      method,
      batch.map((b) => b.r),
      'v2.0',
    );
    const body = await this.session.call(call);
    const list = at(output(body, `${object.name}${method}_Output`, what), `ListOf${object.name}`);
    const answered = elementsOf(list, object.name);
    if (answered.length !== batch.length)
      throw new CrmError(
        msg('messages:connectors.oracle.otherCount', {
          what,
          answered: answered.length,
          sent: batch.length,
        }),
      );
    return batch.map((b, i) => {
      const texts = textsOf(answered[i] as XmlNode, what);
      return { index: b.index, ok: true, id: texts.get('Id') || b.r.Id || null, errors: [] };
    });
  }

  /**
   * The sessions a query reads with: the first, and the others opened by the first query that
   * may need them. A session the company's quota refuses is done without: the read goes on
   * with fewer.
   */
  private async readers(): Promise<OracleSession[]> {
    const wanted = Math.max(1, this.connection.readSessions ?? defaultReadSessions) - 1;
    this.extraSessions ??= Promise.all(
      Array.from({ length: wanted }, () =>
        OracleSession.open(this.connection.login).catch(() => null),
      ),
    ).then((opened) => opened.filter((s): s is OracleSession => s !== null));
    const extra = await this.extraSessions;
    this.openedExtra = extra.length;
    return [this.session, ...extra];
  }

  /** How many Web Services sessions the connector has opened (each counts against the ten). */
  get sessionsOpened(): number {
    return this.openedExtra + 1;
  }

  async close(): Promise<void> {
    const extra = (await this.extraSessions) ?? [];
    await Promise.all([this.session, ...extra].map((s) => s.close()));
  }
}
