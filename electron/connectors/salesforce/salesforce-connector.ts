import { Connection } from 'jsforce';
import { z } from 'zod';
import type { CrmField, CrmTableDescription, CrmTableSummary } from '../../../shared/domain/crm';
import type { RecordRow } from '../../../shared/domain/records';
import { msg, type ConsoleMessage } from '../../../shared/i18n/message';
import { recordFromSalesforce, valueFromSalesforce } from './salesforce-values';
import { countSoql, idChunks, importSoql } from './soql-query';
import { BulkJobClient } from './bulk/bulk-jobs';
import { bulkQuery } from './bulk/bulk-query';
import { BulkWriter } from './bulk/bulk-write';
import type {
  BulkJobs,
  ConnectionCheck,
  Connector,
  ConnectorCapabilities,
  CrmPage,
  CrmQuery,
  DeletedAnswer,
  WriteMode,
  WriteResult,
} from '../connector';
import type { Clock } from '../../core/clock';
import { CrmError } from '../crm-error';
import {
  describeGlobalSchema,
  describeSObjectSchema,
  mapDescribe,
  mapDescribeGlobal,
} from './describe-mapper';
import { PagesAhead } from './pages-ahead';
import { salesforceError } from './salesforce-error';

export interface SalesforceLogin {
  loginUrl: string;
  username: string;
  /** The password with the security token appended, as Salesforce expects it. */
  password: string | null;
  clientId: string;
  clientSecret: string | null;
  apiVersion: string;
  /** How long one call may take before it is given up (default two minutes). */
  callDeadlineMs?: number;
}

/** One record's result of a write or delete, as sObject Collections answer it. */
const saveOutcomesSchema = z.array(
  z.object({
    success: z.boolean(),
    id: z.string().nullish(),
    created: z.boolean().optional(),
    /** Collections answer `statusCode`; jsforce's types say `errorCode`: read either. */
    errors: z.array(
      z.object({
        errorCode: z.string().optional(),
        statusCode: z.string().optional(),
        message: z.string(),
        fields: z.array(z.string()).optional(),
      }),
    ),
  }),
);
type SaveOutcome = z.output<typeof saveOutcomesSchema>[number];

/** The answer of the replication API's deleted call. */
const deletedAnswerSchema = z.object({
  deletedRecords: z.array(z.object({ id: z.string(), deletedDate: z.string() })),
});

function writeResult(index: number, r: SaveOutcome): WriteResult {
  return {
    index,
    ok: r.success,
    id: r.id ?? null,
    ...(r.created === undefined ? {} : { created: r.created }),
    errors: r.errors.map((e) => ({
      code: e.errorCode ?? e.statusCode ?? 'UNKNOWN_ERROR',
      message: e.message,
      fields: e.fields ?? [],
    })),
  };
}

/**
 * One page of a query: the records, and where the next one is. A record is checked to be an
 * object and no more here: each of its fields is checked as it is converted to its column's
 * type. Copying 2,000 records through a record schema held the main thread ~90 ms per page.
 */
const queryPageSchema = z.object({
  records: z.array(
    z.custom<Record<string, unknown>>(
      (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
      { message: 'Expected an object.' },
    ),
  ),
  done: z.boolean(),
  nextRecordsUrl: z.string().optional(),
  totalSize: z.number().int().nonnegative().optional(),
});
const countSchema = z.object({ totalSize: z.number().int().nonnegative() });

/**
 * Query pages read ahead of the one being stored. At latency `real` a 2,000-record page takes
 * about 0.7 s to come (round trip, the org's time per record, the transfer), far less to store:
 * pages in flight overlap those waits (twelve measured 3,963 records/s against six's 3,036 at
 * load 20). Within the real limits: each call lasts about a second, and only calls of 20 s or
 * more count against the 25 concurrent ones; the pages of one locator open no new cursor (a
 * user keeps 10). Twelve 2,000-record pages stay well under the import's memory target.
 */
export const pagesAhead = 12;

/** A resumable position in a query: the id chunk, and Salesforce's locator within it. */
const cursor = (chunk: number, locator: string) => `${chunk}:${locator}`;

function parseCursor(text: string): { chunk: number; locator: string } {
  const match = /^(\d+):(.*)$/.exec(text);
  if (!match)
    throw new CrmError(msg('messages:connectors.foreignCursor', { connector: 'Salesforce' }));
  return { chunk: Number(match[1]), locator: match[2] ?? '' };
}

/** Salesforce's limits, the same for every org: known before any login. */
export const salesforceCapabilities: ConnectorCapabilities = {
  deletedRetentionDays: 30,
  orderBy: true,
  sortOrFilterOnly: null,
  queryAll: true,
  datesHaveTimeZone: true,
  maxWriteBatch: 200,
  // Only calls of 20 s or more are limited (25 at once); ten short ones leave the org room.
  writesInFlight: 10,
  indexFields: ['LastModifiedDate', 'SystemModstamp'],
  createdField: 'CreatedDate',
  rejectLogFile: false,
  bulkApi: true,
};

/**
 * jsforce never settles a call whose connection is cut in the middle of the answer's body, so
 * every call gets a deadline of its own.
 */
const defaultCallDeadlineMs = 120_000;

function withDeadline<T>(work: Promise<T>, ms: number, url: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new CrmError(msg('messages:connectors.noCompleteAnswer', { url, seconds: ms / 1000 })),
        ),
      ms,
    );
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** Waits before retrying a call Salesforce refused for its request limit. */
const limitBackoffMs = [1000, 2000, 4000];

/**
 * Salesforce through jsforce, logging in with the OAuth 2.0 username-password flow (or the
 * client-credentials flow when no password is set). jsforce retries 429/5xx answers and logs in
 * again when the session expires; REQUEST_LIMIT_EXCEEDED is retried here with a backoff.
 */
export class SalesforceConnector implements Connector {
  readonly capabilities = salesforceCapabilities;
  /** Bulk API 2.0, on the same session, calls and errors as the REST API. */
  readonly bulk: BulkJobs;

  private constructor(
    private readonly conn: Connection,
    private readonly login: SalesforceLogin,
    private readonly clock: Clock,
  ) {
    const client = new BulkJobClient(
      conn,
      (work) => this.call(work),
      login.callDeadlineMs ?? defaultCallDeadlineMs,
    );
    const writer = new BulkWriter(client);
    this.bulk = {
      query: (query, fields, signal, resume) => bulkQuery(client, query, fields, signal, resume),
      openWrite: (table, mode, externalIdField) => writer.open(table, mode, externalIdField),
      runWrite: (job, records, signal) => writer.run(job, records, signal),
      resumeWrite: (job, records, signal) => writer.resume(job, records, signal),
    };
  }

  /** `clock` tells how far back the org still keeps deleted records. */
  static async connect(login: SalesforceLogin, clock: Clock): Promise<SalesforceConnector> {
    if (!login.clientId || !login.clientSecret)
      throw new CrmError(msg('messages:connectors.salesforce.enterClient'));
    const conn = new Connection({
      oauth2: {
        loginUrl: login.loginUrl,
        clientId: login.clientId,
        clientSecret: login.clientSecret,
      },
      version: login.apiVersion,
    });
    try {
      if (login.password) await conn.login(login.username, login.password);
      else await conn.authorize({ grant_type: 'client_credentials' });
    } catch (error) {
      throw salesforceError(error, login.loginUrl);
    }
    return new SalesforceConnector(conn, login, clock);
  }

  async testConnection(): Promise<ConnectionCheck> {
    const versions = await this.call(() =>
      this.conn.request<{ version: string }[]>('/services/data/'),
    );
    const info = this.conn.userInfo;
    return {
      organization: info?.organizationId ?? 'unknown',
      user: this.login.username || (info?.id ?? 'unknown'),
      instanceUrl: this.conn.instanceUrl,
      apiVersion: versions.some((v) => v.version === this.login.apiVersion)
        ? this.login.apiVersion
        : `${this.login.apiVersion} (not offered by this org)`,
    };
  }

  async listTables(): Promise<CrmTableSummary[]> {
    const answer = await this.call(() => this.conn.describeGlobal());
    return mapDescribeGlobal(
      this.parse(
        describeGlobalSchema,
        answer,
        msg('messages:connectors.call.tableList', { api: 'describeGlobal' }),
      ),
    );
  }

  async describeTable(name: string): Promise<CrmTableDescription> {
    const answer = await this.call(() => this.conn.sobject(name).describe()).catch(
      (error: unknown) => {
        if (error instanceof CrmError && error.crmCode === 'NOT_FOUND')
          throw new CrmError(
            msg('messages:connectors.noTable', { crm: 'Salesforce', table: name }),
            'NOT_FOUND',
          );
        throw error;
      },
    );
    return mapDescribe(
      this.parse(
        describeSObjectSchema,
        answer,
        msg('messages:connectors.call.describe', { table: name }),
      ),
    );
  }

  async *query(
    query: CrmQuery,
    fields: readonly CrmField[],
    signal?: AbortSignal,
    resume?: string,
  ): AsyncIterable<CrmPage> {
    const byName = new Map(fields.map((f) => [f.name, f]));
    const size = Math.min(2000, Math.max(200, query.pageSize ?? 2000));
    const options = {
      autoFetch: false,
      scanAll: query.includeDeleted ?? false,
      headers: { 'Sforce-Query-Options': `batchSize=${size}` },
    };
    const raw = new Set(query.rawFields ?? []);
    const what = msg('messages:connectors.call.query', { table: query.table });
    const chunks = idChunks(query);
    const from = resume === undefined ? { chunk: 0, locator: '' } : parseCursor(resume);
    for (let chunk = from.chunk; chunk < chunks.length; chunk++) {
      signal?.throwIfAborted();
      const locator = chunk === from.chunk ? from.locator : '';
      let page = locator
        ? await this.nextPage(locator, what)
        : this.parse(
            queryPageSchema,
            await this.call(async () =>
              this.conn.query<Record<string, unknown>>(
                importSoql(query, byName, chunks[chunk]),
                options,
              ),
            ),
            what,
          );
      const ahead = new PagesAhead((next: string) => this.nextPage(next, what), pagesAhead);
      let at = locator || null;
      for (;;) {
        signal?.throwIfAborted();
        const more = !page.done && page.nextRecordsUrl ? page.nextRecordsUrl : null;
        const next = more
          ? cursor(chunk, more)
          : chunk + 1 < chunks.length
            ? cursor(chunk + 1, '')
            : null;
        // The next pages are asked for before this one is handed over: the CRM prepares and
        // sends them while the caller stores this one.
        const following = more ? ahead.take(more, at, page.totalSize) : null;
        yield { rows: page.records.map((r) => recordFromSalesforce(r, query.fields, raw)), next };
        if (!following) break;
        page = await following;
        at = more;
      }
    }
  }

  private async nextPage(
    locator: string,
    what: ConsoleMessage,
  ): Promise<z.output<typeof queryPageSchema>> {
    const answer = await this.call(async () =>
      this.conn.queryMore<Record<string, unknown>>(locator),
    ).catch((error: unknown) => {
      if (error instanceof CrmError && error.crmCode === 'INVALID_QUERY_LOCATOR')
        throw new CrmError(
          msg('messages:connectors.salesforce.cursorGone', { what }),
          'EXPIRED_CURSOR',
        );
      throw error;
    });
    return this.parse(queryPageSchema, answer, msg('messages:connectors.call.nextPage', { what }));
  }

  async count(query: CrmQuery, fields: readonly CrmField[]): Promise<number> {
    const byName = new Map(fields.map((f) => [f.name, f]));
    let total = 0;
    for (const ids of idChunks(query)) {
      const soql = countSoql(query, byName, ids);
      const answer = this.parse(
        countSchema,
        await this.call(async () =>
          this.conn.query(soql, { scanAll: query.includeDeleted ?? false }),
        ),
        msg('messages:connectors.call.count', { table: query.table }),
      );
      total += answer.totalSize;
    }
    return total;
  }

  async deleted(table: string, start: Date, end: Date): Promise<DeletedAnswer> {
    const retention = salesforceCapabilities.deletedRetentionDays ?? Infinity;
    const oldest = this.clock.now() - retention * 86_400_000;
    if (start.getTime() < oldest)
      throw new CrmError(
        msg('messages:connectors.salesforce.retention', {
          days: retention,
          start: start.toISOString(),
        }),
      );
    if (end.getTime() < start.getTime())
      throw new CrmError(msg('messages:connectors.endBeforeStart'));
    // Salesforce drops the seconds, leaves the end out and wants more than a minute: ask for the
    // whole minutes around the window, then keep the deletions inside it, both bounds included.
    const askedEnd = new Date(Math.max(end.getTime(), start.getTime() + 60_000) + 60_000);
    const answer = this.parse(
      deletedAnswerSchema,
      await this.call(() => this.conn.sobject(table).deleted(start, askedEnd)),
      msg('messages:connectors.call.deletedObjects', { table }),
    );
    const records = answer.deletedRecords
      .map((r) => ({ id: r.id, deletedDate: String(valueFromSalesforce(r.deletedDate)) }))
      .filter((r) => {
        const at = Date.parse(r.deletedDate);
        return at >= start.getTime() && at <= end.getTime();
      });
    return { records };
  }

  async write(
    table: string,
    mode: WriteMode,
    records: readonly RecordRow[],
    externalIdField?: string,
  ): Promise<WriteResult[]> {
    const results: WriteResult[] = [];
    const sobject = this.conn.sobject(table);
    for (let start = 0; start < records.length; start += salesforceCapabilities.maxWriteBatch) {
      const batch = records
        .slice(start, start + salesforceCapabilities.maxWriteBatch)
        .map((r) => ({ ...r }));
      const options = { allOrNone: false };
      // A malformed answer is refused in words, never left to fail as a TypeError further on.
      const answer = this.parse(
        saveOutcomesSchema,
        await this.call(() =>
          mode === 'insert'
            ? sobject.create(batch, options)
            : mode === 'update'
              ? sobject.update(
                  batch.map((r) => ({ ...r, Id: String(r.Id ?? '') })),
                  options,
                )
              : sobject.upsert(batch, externalIdField ?? 'Id', options),
        ),
        msg('messages:connectors.call.writeBatch', { mode, records: batch.length, table }),
      );
      results.push(...answer.map((r, i) => writeResult(start + i, r)));
    }
    return results;
  }

  async deleteRecords(table: string, ids: readonly string[]): Promise<WriteResult[]> {
    const results: WriteResult[] = [];
    for (let start = 0; start < ids.length; start += salesforceCapabilities.maxWriteBatch) {
      const batch = ids.slice(start, start + salesforceCapabilities.maxWriteBatch);
      const answer = this.parse(
        saveOutcomesSchema,
        await this.call(() => this.conn.sobject(table).destroy(batch, { allOrNone: false })),
        msg('messages:connectors.call.deleteBatch', { records: batch.length, table }),
      );
      results.push(...answer.map((r, i) => writeResult(start + i, r)));
    }
    return results;
  }

  async close(): Promise<void> {
    // The session is left to expire: a logout would end other sessions of the same user.
  }

  private parse<S extends z.ZodType>(
    schema: S,
    answer: unknown,
    what: ConsoleMessage,
  ): z.output<S> {
    const parsed = schema.safeParse(answer);
    if (!parsed.success)
      throw new CrmError(
        msg('messages:connectors.salesforce.unexpectedAnswerAt', {
          what,
          path: parsed.error.issues[0]?.path.join('.') ?? '',
          issue: parsed.error.issues[0]?.message ?? '',
        }),
      );
    return parsed.data;
  }

  private async call<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await withDeadline(
          work(),
          this.login.callDeadlineMs ?? defaultCallDeadlineMs,
          this.conn.instanceUrl,
        );
      } catch (error) {
        const code = (error as { errorCode?: string }).errorCode;
        const wait = limitBackoffMs[attempt];
        if (code !== 'REQUEST_LIMIT_EXCEEDED' || wait === undefined)
          throw salesforceError(error, this.conn.instanceUrl);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }
}
