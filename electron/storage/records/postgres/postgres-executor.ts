import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import Cursor from 'pg-cursor';
import type { ColumnDefinition, RecordRow, RecordValue } from '../../../../shared/domain/records';
import { RecordStoreError } from '../record-store';
import type { DbParam } from '../row-codec';
import { postgresDialect, quoteIdentifier as q } from '../sql/dialect';
import type { RawRow, SqlExecutor, UpsertShape } from '../sql/sql-executor';
import { recordStoreTypes, redactUrl } from './pg-values';
import { describeThrown } from '../../../core/describe-thrown';

/** PostgreSQL accepts at most 65,535 parameters in one statement. */
const maxParams = 65535;
const unreachable = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ECONNRESET',
  '28P01',
  '28000',
  '3D000',
]);

export function postgresError(error: unknown, url: string): Error {
  if (error instanceof RecordStoreError) return error;
  const code = String((error as { code?: string }).code ?? '');
  const message = describeThrown(error);
  if (unreachable.has(code) || /timeout|terminat/i.test(message))
    return new RecordStoreError(
      'DATABASE_UNREACHABLE',
      `The PostgreSQL server at ${redactUrl(url)} cannot be reached: ${message}.`,
    );
  if (code === '23505' || code.startsWith('22') || code === '23502')
    return new RecordStoreError('BAD_VALUE', `A row breaks a constraint of the table: ${message}.`);
  if (code === '40P01' || code === '55P03')
    return new RecordStoreError('DATABASE_LOCKED', `The PostgreSQL table is locked: ${message}.`);
  return new RecordStoreError('DATABASE_ERROR', `PostgreSQL refused the operation: ${message}.`);
}

/** PostgreSQL under the SqlExecutor interface; a transaction's queries share one client. */
export class PostgresExecutor implements SqlExecutor {
  readonly dialect = postgresDialect;
  private readonly tx = new AsyncLocalStorage<pg.PoolClient>();

  private constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
  ) {}

  static async open(url: string): Promise<PostgresExecutor> {
    const pool = new pg.Pool({
      connectionString: url,
      types: recordStoreTypes,
      max: 4,
      connectionTimeoutMillis: 5000,
      options: '-c TimeZone=UTC',
    });
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
    params: readonly DbParam[] = [],
  ): Promise<pg.QueryResult<RawRow>> {
    try {
      return await (this.tx.getStore() ?? this.pool).query<RawRow>(sql, [...params]);
    } catch (error) {
      throw postgresError(error, this.url);
    }
  }

  async all(sql: string, params?: readonly DbParam[]): Promise<RawRow[]> {
    return (await this.query(sql, params)).rows;
  }

  async run(sql: string, params?: readonly DbParam[]): Promise<number> {
    return (await this.query(sql, params)).rowCount ?? 0;
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.tx.getStore()) return work();
    const client = await this.pool.connect().catch((error: unknown) => {
      throw postgresError(error, this.url);
    });
    try {
      await client.query('BEGIN');
      const result = await this.tx.run(client, work);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw postgresError(error, this.url);
    } finally {
      client.release();
    }
  }

  async upsertRows(shape: UpsertShape, rows: DbParam[][]): Promise<number> {
    const width = shape.columns.length;
    const perStatement = Math.max(1, Math.min(1000, Math.floor(maxParams / width)));
    const keyIndexes = shape.key.map((k) => shape.columns.indexOf(k));
    const updates = shape.columns.filter((c) => !shape.key.includes(c));
    const conflict = updates.length
      ? `DO UPDATE SET ${updates.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')}`
      : 'DO NOTHING';
    for (let start = 0; start < rows.length; start += perStatement) {
      // One statement cannot touch a row twice: the last occurrence of a key wins, as it would one by one.
      const chunk = [
        ...new Map(
          rows
            .slice(start, start + perStatement)
            .map((r) => [JSON.stringify(keyIndexes.map((i) => r[i])), r]),
        ).values(),
      ];
      const values = chunk.map(
        (_, r) => `(${shape.columns.map((__, c) => `$${r * width + c + 1}`).join(', ')})`,
      );
      await this.query(
        `INSERT INTO ${q(shape.table)} (${shape.columns.map(q).join(', ')}) VALUES ${values.join(', ')} ON CONFLICT (${shape.key.map(q).join(', ')}) ${conflict}`,
        chunk.flat(),
      );
    }
    return rows.length;
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

  /** A cursor on its own client: one statement, so one consistent snapshot. */
  async *stream(
    sql: string,
    params: readonly DbParam[],
    batchSize: number,
  ): AsyncIterable<RawRow[]> {
    const client = await this.pool.connect().catch((error: unknown) => {
      throw postgresError(error, this.url);
    });
    const cursor = client.query(new Cursor<RawRow>(sql, [...params]));
    try {
      for (;;) {
        const rows = await cursor.read(batchSize).catch((error: unknown) => {
          throw postgresError(error, this.url);
        });
        if (rows.length === 0) return;
        yield rows;
      }
    } finally {
      await cursor.close().catch(() => undefined);
      client.release();
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
