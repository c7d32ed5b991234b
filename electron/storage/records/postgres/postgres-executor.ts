import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import Cursor from 'pg-cursor';
import type { ColumnDefinition, RecordRow, RecordValue } from '../../../../shared/domain/records';
import type { DbParam } from '../row-codec';
import { postgresDialect, quoteIdentifier as q } from '../sql/dialect';
import type { RawRow, SqlExecutor, UpsertShape } from '../sql/sql-executor';
import { copyUpsert, type CopyTransaction } from './copy-upsert';
import { postgresError } from './postgres-errors';
import { ConsoleError } from '../../../core/console-error';
import { recordStoreTypes } from './pg-values';

/** PostgreSQL accepts at most 65,535 parameters in one statement. */
const maxParams = 65535;

/**
 * How the console behaves on a server it shares: a few connections (the explorer's count and
 * page side by side, a workflow's stream and its transaction, an export), named so that a DBA
 * sees them in pg_stat_activity, and limits so a stuck statement or transaction never holds
 * the server's locks for long. A connection string may set its own application_name.
 */
export const connectionSettings = {
  max: 8,
  idleTimeoutMillis: 30_000,
  connectionTimeoutMillis: 5_000,
  keepAlive: true,
  fallback_application_name: 'CRM Connector Console',
  statement_timeout: 10 * 60_000,
  lock_timeout: 60_000,
  idle_in_transaction_session_timeout: 10 * 60_000,
  options: '-c TimeZone=UTC',
} as const;

/** Fewer unmarked pages than this (8 MB) cost an index-only scan little. */
const unmarkedPagesWorthVacuum = 1_000;

/** Rows a stream's cursor fetches per round trip; batches are cut from them. */
const fetchRows = 10_000;

/** PostgreSQL under the SqlExecutor interface; a transaction's queries share one client. */
export class PostgresExecutor implements SqlExecutor {
  readonly dialect = postgresDialect;
  private readonly tx = new AsyncLocalStorage<CopyTransaction>();

  private constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
  ) {}

  static async open(url: string): Promise<PostgresExecutor> {
    const pool = new pg.Pool({
      ...connectionSettings,
      connectionString: url,
      types: recordStoreTypes,
    });
    // An idle connection the server closed: the pool drops it, the next query opens another.
    pool.on('error', () => undefined);
    const executor = new PostgresExecutor(pool, url);
    try {
      await pool.query('SELECT 1');
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw postgresError(error, url);
    }
    return executor;
  }

  private async query(
    sql: string,
    params: readonly (DbParam | DbParam[])[] = [],
  ): Promise<pg.QueryResult<RawRow>> {
    try {
      return await (this.tx.getStore()?.client ?? this.pool).query<RawRow>(sql, [...params]);
    } catch (error) {
      throw postgresError(error, this.url);
    }
  }

  async all(sql: string, params?: readonly DbParam[]): Promise<RawRow[]> {
    return (await this.query(sql, params)).rows;
  }

  /**
   * A table just loaded has no statistics until autovacuum's ANALYZE: the planner then guesses
   * a sort of the whole table is cheaper than skipping rows along the index (1.3 s instead of
   * 30 ms on a million rows). Sorting is made its last resort for this statement alone.
   */
  async allInIndexOrder(sql: string, params: readonly DbParam[]): Promise<RawRow[]> {
    return this.transaction(async () => {
      await this.query('SET LOCAL enable_sort = off');
      const rows = await this.all(sql, params);
      await this.query('SET LOCAL enable_sort = on');
      return rows;
    });
  }

  /**
   * Rows written since a table's last VACUUM are not yet marked all-visible, so an index-only
   * scan still visits the table for each of them, in the index's order: on a million rows just
   * loaded, skipping 100,000 rows along a sort index takes 135 ms instead of 12 ms. Autovacuum
   * marks them a minute or so after a load, and one that ran during it leaves the last rows
   * unmarked: from 8 MB of unmarked pages on, this runs the VACUUM (it reads only those pages;
   * about half a second for a million rows) rather than wait. The count of marked pages is the
   * one the last VACUUM, ANALYZE or CREATE INDEX left, so pages added since count as unmarked.
   * ANALYZE beside it gives the planner the statistics a table just loaded lacks.
   */
  async prepareIndexReads(table: string): Promise<void> {
    if (this.tx.getStore()) return;
    const [stats] = await this.all(
      `SELECT pg_relation_size(c.oid) / current_setting('block_size')::int AS pages, c.relallvisible AS visible
       FROM pg_class c WHERE c.oid = to_regclass($1)`,
      [q(table)],
    );
    const unmarked = Number(stats?.pages ?? 0) - Number(stats?.visible ?? 0);
    if (unmarked < unmarkedPagesWorthVacuum) return;
    await this.run(`VACUUM (ANALYZE) ${q(table)}`);
  }

  async run(sql: string, params?: readonly DbParam[]): Promise<number> {
    return (await this.query(sql, params)).rowCount ?? 0;
  }

  /**
   * A client of the pool for work spanning several queries. While it is out, a connection the
   * server drops is noted (not thrown: nothing would catch it), said instead of the failed
   * query's error, and the client is destroyed rather than returned to the pool.
   */
  private async checkout() {
    const client = await this.pool.connect().catch((error: unknown) => {
      throw postgresError(error, this.url);
    });
    let lost: Error | null = null;
    const onError = (error: Error) => (lost ??= error);
    client.on('error', onError);
    return {
      client,
      // A refusal of the caller's own (a ConsoleError thrown by the work) passes through as
      // it is, as on SQLite; the driver's and the server's errors are worded.
      failure: (error: unknown) =>
        lost === null && error instanceof ConsoleError
          ? error
          : postgresError(lost ?? error, this.url),
      release: () => {
        client.off('error', onError);
        client.release(lost ?? undefined);
      },
    };
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.tx.getStore()) return work();
    const { client, failure, release } = await this.checkout();
    try {
      await client.query('BEGIN');
      const result = await this.tx.run({ client, stages: new Map() }, work);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw failure(error);
    } finally {
      release();
    }
  }

  /** Through COPY and a staging table, inside the caller's transaction or one of its own. */
  async upsertRows(shape: UpsertShape, rows: DbParam[][], firstRowNumber: number): Promise<number> {
    const tx = this.tx.getStore();
    if (!tx) return this.transaction(() => this.upsertRows(shape, rows, firstRowNumber));
    try {
      return await copyUpsert(tx, shape, rows, firstRowNumber);
    } catch (error) {
      throw postgresError(error, this.url);
    }
  }

  async deleteRows(table: string, key: readonly string[], keys: DbParam[][]): Promise<number> {
    const perStatement = Math.max(1, Math.floor(maxParams / key.length));
    let deleted = 0;
    for (let start = 0; start < keys.length; start += perStatement) {
      const chunk = keys.slice(start, start + perStatement);
      const tuples = chunk.map(
        (_, r) => `(${key.map((__, c) => `$${r * key.length + c + 1}`).join(', ')})`,
      );
      deleted += await this.run(
        `DELETE FROM ${q(table)} WHERE (${key.map(q).join(', ')}) IN (${tuples.join(', ')})`,
        chunk.flat(),
      );
    }
    return deleted;
  }

  /**
   * One array per key column, and each key looked up on its own along the key's index: the
   * LIMIT keeps the planner from making the lookups a join, which on a table just loaded (no
   * statistics yet) it planned as a scan of the whole table, as it did an IN list of the keys.
   */
  async findRows(
    table: string,
    key: readonly ColumnDefinition[],
    columns: readonly string[],
    keys: DbParam[][],
  ): Promise<RawRow[]> {
    // Text, not varchar(n): a cast to varchar(n) would cut a longer value to a key it is not.
    const arrays = key.map(
      (c, i) => `$${i + 1}::${c.type === 'string' ? 'text' : this.dialect.columnType(c)}[]`,
    );
    const names = key.map((c) => q(c.name));
    const match = names.map((n) => `${q(table)}.${n} = k.${n}`).join(' AND ');
    const sql = `SELECT m.* FROM unnest(${arrays.join(', ')}) AS k(${names.join(', ')}) CROSS JOIN LATERAL (SELECT ${columns.map(q).join(', ')} FROM ${q(table)} WHERE ${match} LIMIT 1) m`;
    return (
      await this.query(
        sql,
        key.map((_, i) => keys.map((tuple) => tuple[i] ?? null)),
      )
    ).rows;
  }

  /** A cursor on its own client: one statement, so one consistent snapshot. */
  async *stream(
    sql: string,
    params: readonly DbParam[],
    batchSize: number,
  ): AsyncIterable<RawRow[]> {
    const { client, failure, release } = await this.checkout();
    const cursor = client.query(new Cursor<RawRow>(sql, [...params]));
    const fetch = Math.max(batchSize, fetchRows);
    try {
      for (;;) {
        // The next rows are fetched only when the reader asks: a slow reader slows the query.
        const rows = await cursor.read(fetch).catch((error: unknown) => {
          throw failure(error);
        });
        for (let i = 0; i < rows.length; i += batchSize) yield rows.slice(i, i + batchSize);
        if (rows.length < fetch) return;
      }
    } finally {
      await cursor.close().catch(() => undefined);
      release();
    }
  }

  decode(columns: readonly ColumnDefinition[], raw: RawRow): RecordRow {
    const row: RecordRow = {};
    for (const c of columns) row[c.name] = raw[c.name] as RecordValue;
    return row;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
