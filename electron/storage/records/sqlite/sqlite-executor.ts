import Database from 'better-sqlite3';
import type { ColumnDefinition, RecordRow, RecordValue } from '../../../../shared/domain/records';
import { msg } from '../../../../shared/i18n/message';
import { RecordStoreError } from '../record-store';
import { rowRefusal } from '../row-refusal';
import type { DbParam } from '../row-codec';
import { sqliteDialect } from '../sql/dialect';
import type { RawRow, SqlExecutor, UpsertShape } from '../sql/sql-executor';
import { deleteSql, findSql, insertSql, upsertSql } from '../sql/statements';
import { lastOfEachKey } from '../sql/last-of-each-key';
import { describeThrown } from '../../../core/describe-thrown';

type Statement = Database.Statement<DbParam[], RawRow>;

/** Turns a driver error into one that says what is wrong with the database file. */
export function sqliteError(error: unknown, file: string): Error {
  if (error instanceof RecordStoreError) return error;
  const code = (error as { code?: string }).code ?? '';
  const cause = describeThrown(error);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new RecordStoreError('DATABASE_LOCKED', msg('messages:store.sqlite.locked', { file }));
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB')
    return new RecordStoreError(
      'DATABASE_CORRUPT',
      msg('messages:store.sqlite.damaged', { file, cause }),
    );
  if (code.startsWith('SQLITE_CONSTRAINT'))
    return new RecordStoreError('BAD_VALUE', msg('messages:store.constraint', { cause }));
  return new RecordStoreError(
    'DATABASE_ERROR',
    msg('messages:store.sqlite.refused', { file, cause }),
  );
}

/**
 * better-sqlite3 under the SqlExecutor interface. It is synchronous, so it runs inside the
 * record-store worker, never on the main thread.
 */
export class SqliteExecutor implements SqlExecutor {
  readonly dialect = sqliteDialect;
  private readonly statements = new Map<string, Statement>();
  private depth = 0;

  private constructor(
    private readonly db: Database.Database,
    private readonly file: string,
    private readonly busyTimeoutMs: number,
  ) {}

  static open(file: string, busyTimeoutMs: number): SqliteExecutor {
    try {
      const db = new Database(file, { timeout: busyTimeoutMs });
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // Reading the schema fails at once on a file that is not a database.
      db.prepare('SELECT COUNT(*) FROM sqlite_master').get();
      return new SqliteExecutor(db, file, busyTimeoutMs);
    } catch (error) {
      throw sqliteError(error, file);
    }
  }

  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare<DbParam[], RawRow>(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private guard<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw sqliteError(error, this.file);
    }
  }

  async all(sql: string, params: readonly DbParam[] = []): Promise<RawRow[]> {
    return this.guard(() => this.prepare(sql).all(...params));
  }

  /** SQLite's planner reads an ORDER BY along an index that gives it, statistics or not. */
  allInIndexOrder(sql: string, params: readonly DbParam[]): Promise<RawRow[]> {
    return this.all(sql, params);
  }

  /** An SQLite index holds no visibility to keep up: index-only reads need no upkeep. */
  async prepareIndexReads(): Promise<void> {}

  async run(sql: string, params: readonly DbParam[] = []): Promise<number> {
    // DDL changes the schema, which invalidates cached statements.
    if (!/^\s*(INSERT|UPDATE|DELETE)/i.test(sql)) {
      this.statements.clear();
      return this.guard(() => this.db.prepare(sql).run(...params).changes);
    }
    return this.guard(() => this.prepare(sql).run(...params).changes);
  }

  begin(): void {
    this.guard(() => this.db.exec('BEGIN IMMEDIATE'));
    this.depth = 1;
  }

  commit(): void {
    this.depth = 0;
    this.guard(() => this.db.exec('COMMIT'));
  }

  rollback(): void {
    this.depth = 0;
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.depth > 0) return work();
    this.begin();
    try {
      const result = await work();
      this.commit();
      return result;
    } catch (error) {
      this.rollback();
      throw error;
    }
  }

  async upsertRows(shape: UpsertShape, rows: DbParam[][], firstRowNumber: number): Promise<number> {
    if (shape.onlyNew) return this.insertRows(shape, rows, firstRowNumber);
    const statement = this.prepare(upsertSql(this.dialect, shape.table, shape.columns, shape.key));
    return this.guard(() => {
      for (const row of rows) statement.run(...row);
      return rows.length;
    });
  }

  /** Plain INSERT: no index probe for a match first; a key already there names its row. */
  private async insertRows(
    shape: UpsertShape,
    rows: DbParam[][],
    firstRowNumber: number,
  ): Promise<number> {
    const statement = this.prepare(insertSql(this.dialect, shape.table, shape.columns));
    const kept = await lastOfEachKey(
      rows,
      shape.key.map((k) => shape.columns.indexOf(k)),
    );
    const indexes = kept ?? rows.keys();
    for (const r of indexes) {
      try {
        statement.run(...(rows[r] as DbParam[]));
      } catch (error) {
        if (!String((error as { code?: unknown }).code).startsWith('SQLITE_CONSTRAINT'))
          throw sqliteError(error, this.file);
        const cause = describeThrown(error);
        throw rowRefusal('BAD_VALUE', { table: shape.table, row: firstRowNumber + r }, (at) =>
          msg('messages:store.duplicateKey', { at, cause }),
        );
      }
    }
    return rows.length;
  }

  async deleteRows(table: string, key: readonly string[], keys: DbParam[][]): Promise<number> {
    const statement = this.prepare(deleteSql(this.dialect, table, key));
    return this.guard(() => keys.reduce((n, k) => n + statement.run(...k).changes, 0));
  }

  async findRows(
    table: string,
    key: readonly ColumnDefinition[],
    columns: readonly string[],
    keys: DbParam[][],
  ): Promise<RawRow[]> {
    const names = key.map((c) => c.name);
    const statement = this.prepare(findSql(table, names, columns));
    return this.guard(() => keys.flatMap((k) => statement.all(...k)));
  }

  /** Each stream reads through its own connection: WAL gives it a stable snapshot. */
  async *stream(
    sql: string,
    params: readonly DbParam[],
    batchSize: number,
  ): AsyncIterable<RawRow[]> {
    const reader = this.guard(
      () => new Database(this.file, { readonly: true, timeout: this.busyTimeoutMs }),
    );
    try {
      let batch: RawRow[] = [];
      for (const row of reader.prepare<DbParam[], RawRow>(sql).iterate(...params)) {
        batch.push(row);
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    } finally {
      reader.close();
    }
  }

  decode(columns: readonly ColumnDefinition[], raw: RawRow): RecordRow {
    const row: RecordRow = {};
    for (const c of columns) {
      const value = raw[c.name] as RecordValue;
      row[c.name] = c.type === 'boolean' && value !== null ? value === 1 : value;
    }
    return row;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
