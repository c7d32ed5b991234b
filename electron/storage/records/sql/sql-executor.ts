import type { ColumnDefinition, RecordRow } from '../../../../shared/domain/records';
import type { DbParam } from '../row-codec';
import type { Dialect } from './dialect';

export type RawRow = Record<string, unknown>;

/** The few primitives an engine provides; SqlRecordEngine builds the record store on them. */
export interface SqlExecutor {
  readonly dialect: Dialect;
  all(sql: string, params?: readonly DbParam[]): Promise<RawRow[]>;
  run(sql: string, params?: readonly DbParam[]): Promise<number>;
  /**
   * A query whose ORDER BY an index gives, read along that index however few statistics the
   * engine has on the table yet: it must never sort the whole table to skip rows.
   */
  allInIndexOrder(sql: string, params: readonly DbParam[]): Promise<RawRow[]>;
  /**
   * Lets reads along the table's indexes use the index alone (a deep page is positioned by
   * skipping rows on its sort index), where the engine needs upkeep for that after many writes.
   * Outside a transaction only; inside one it does nothing.
   */
  prepareIndexReads(table: string): Promise<void>;
  /** Runs `work` in one transaction (nested calls join the outer one). */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Writes many rows of one shape; returns how many were written. `firstRowNumber` is the
   * caller's number for the first row, so that an error names the row as the caller counts.
   */
  upsertRows(shape: UpsertShape, rows: DbParam[][], firstRowNumber: number): Promise<number>;
  deleteRows(table: string, key: readonly string[], keys: DbParam[][]): Promise<number>;
  /**
   * The rows whose `key` (the primary key or a unique key, so one row at most per key) equals
   * one of `keys`, each key looked up along that key's index whatever statistics the engine has.
   */
  findRows(
    table: string,
    key: readonly ColumnDefinition[],
    columns: readonly string[],
    keys: DbParam[][],
  ): Promise<RawRow[]>;
  /** Reads a query's rows in batches from a consistent snapshot. */
  stream(sql: string, params: readonly DbParam[], batchSize: number): AsyncIterable<RawRow[]>;
  /** Turns a row as the driver gives it into record values. */
  decode(columns: readonly ColumnDefinition[], raw: RawRow): RecordRow;
  close(): Promise<void>;
}

export interface UpsertShape {
  table: string;
  columns: readonly string[];
  key: readonly string[];
  /** Rows whose keys are not in the table: inserted, never matched (UpsertOptions.onlyNew). */
  onlyNew: boolean;
}
