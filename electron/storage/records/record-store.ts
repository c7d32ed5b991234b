import { isInstance } from '../../core/is-instance';
import { englishText, type ConsoleMessage } from '../../../shared/i18n/message';
import type {
  PageRequest,
  RecordFilter,
  RecordQuery,
  RecordRow,
  TableDefinition,
  TableDefinitionInput,
  TableKind,
  TableSummary,
} from '../../../shared/domain/records';

export type RecordStoreEngine = 'sqlite' | 'postgresql';
export type { TableKind, TableSummary };

export interface EnsureTableResult {
  created: boolean;
  addedColumns: string[];
  /** Columns no longer in the definition that were empty, so removed. */
  droppedColumns: string[];
  /** Columns no longer in the definition that hold data: kept, never dropped silently. */
  keptColumns: string[];
}

export interface UpsertOptions {
  /** The key rows are matched on: the primary key (default) or one of the unique keys. */
  key?: string[];
  /**
   * The caller knows no row's key is in the table yet (a fresh work table it fills, keys it
   * generated): rows are inserted without looking for a match, through COPY straight into
   * the table on PostgreSQL. A key that is there after all is refused, naming the row, and
   * nothing of the call is written.
   */
  onlyNew?: boolean;
}

export interface FindOptions {
  /** The key the rows are looked up by: the primary key (default) or one of the unique keys. */
  key?: string[];
  /** The columns read; all of them by default. */
  columns?: string[];
}

/** The operations a transaction can run; all of them commit or roll back together. */
export interface RecordWriter {
  upsert(table: string, rows: readonly RecordRow[], options?: UpsertOptions): Promise<number>;
  deleteByKeys(table: string, keys: readonly RecordRow[]): Promise<number>;
  /**
   * The records whose key equals one of `keys` (rows holding the key's columns), in no
   * particular order: one lookup along the key's index however many keys are asked for, where
   * a filtered page would be sorted and read in pages. A key found nowhere is left out.
   */
  findByKeys(
    table: string,
    keys: readonly RecordRow[],
    options?: FindOptions,
  ): Promise<RecordRow[]>;
  count(table: string, filter?: RecordFilter): Promise<number>;
  readPage(request: PageRequest): Promise<RecordRow[]>;
}

/**
 * The platform's database, as every service and workflow sees it, whatever the engine:
 * embedded SQLite (default) or a PostgreSQL server.
 */
export interface RecordStore extends RecordWriter {
  readonly engine: RecordStoreEngine;
  /** Creates the table, or alters it to match (adding columns; never dropping data). */
  ensureTable(definition: TableDefinitionInput, kind?: TableKind): Promise<EnsureTableResult>;
  describeTable(name: string): Promise<TableDefinition>;
  listTables(): Promise<TableSummary[]>;
  dropTable(name: string): Promise<void>;
  /** Rows of a query in batches, in a consistent snapshot, without holding them all. */
  stream(table: string, query: RecordQuery, batchSize: number): AsyncIterable<RecordRow[]>;
  /** A work table for a workflow population; its name is made unique with `prefix`. */
  createWorkTable(prefix: string, definition: Omit<TableDefinitionInput, 'name'>): Promise<string>;
  transaction<T>(work: (tx: RecordWriter) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export const recordStoreErrorCodes = [
  'UNKNOWN_TABLE',
  'UNKNOWN_COLUMN',
  'BAD_VALUE',
  'MISSING_KEY',
  'BAD_DEFINITION',
  'SCHEMA_CONFLICT',
  'DATABASE_LOCKED',
  'DATABASE_CORRUPT',
  'DATABASE_UNREACHABLE',
  'DATABASE_READ_ONLY',
  'DATABASE_FULL',
  'DATABASE_ERROR',
] as const;
export type RecordStoreErrorCode = (typeof recordStoreErrorCodes)[number];

/**
 * A record-store failure that names what is wrong (table, column, row), worded as a catalogue
 * message for the administrator's language; `message` keeps the English text for logs.
 */
export class RecordStoreError extends Error {
  constructor(
    readonly code: RecordStoreErrorCode,
    readonly text: ConsoleMessage,
    /** For a refusal of one row of a batch: the same refusal worded without the row number. */
    readonly rowless?: ConsoleMessage,
  ) {
    super(englishText(text));
    this.name = 'RecordStoreError';
  }
}

/**
 * Whether `error` says the database cannot take work for now (gone, read-only, full) rather
 * than that the work is wrong: a run meeting it is suspended, to be resumed once it can.
 */
export function isStoreUnavailable(error: unknown): error is RecordStoreError {
  return (
    isInstance(error, RecordStoreError) &&
    (error.code === 'DATABASE_UNREACHABLE' ||
      error.code === 'DATABASE_READ_ONLY' ||
      error.code === 'DATABASE_FULL')
  );
}
