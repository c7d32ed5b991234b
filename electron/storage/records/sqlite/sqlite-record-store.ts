import { msg, type ConsoleMessage } from '../../../../shared/i18n/message';
import { Worker } from 'node:worker_threads';
import type {
  PageRequest,
  RecordFilter,
  RecordQuery,
  RecordRow,
  TableDefinition,
  TableDefinitionInput,
} from '../../../../shared/domain/records';
import {
  RecordStoreError,
  type EnsureTableResult,
  type FindOptions,
  type RecordStore,
  type RecordWriter,
  type TableKind,
  type TableSummary,
  type UpsertOptions,
} from '../record-store';
import { deserializeError, type WorkerResponse } from './worker-protocol';

export interface SqliteWorkerEntry {
  /** The worker script: dist/sqlite-worker.cjs, or the .ts source in tests. */
  file: string;
  execArgv?: string[];
  /** How long a write waits for another program's lock before failing (default 5 s). */
  busyTimeoutMs?: number;
}

/** Rows per message: small enough that cloning a batch never stalls the main thread. */
const chunkRows = 10_000;

/**
 * The embedded record store, seen from the main thread: every call is a message to the worker
 * that owns the SQLite file. While a transaction is open, other callers wait their turn.
 */
export class SqliteRecordStore implements RecordStore {
  readonly engine = 'sqlite' as const;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve(v: unknown): void; reject(e: Error): void }
  >();
  private exclusive: Promise<void> = Promise.resolve();
  /** Open or queued transactions; with none, calls are posted at once, not a tick later. */
  private transactions = 0;
  private failure: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (response: WorkerResponse) => {
      const waiting = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (response.ok) waiting?.resolve(response.value);
      else waiting?.reject(deserializeError(response.error));
    });
    const fail = (reason: string | ConsoleMessage) => {
      this.failure = new RecordStoreError(
        'DATABASE_ERROR',
        msg('messages:store.stopped', { reason }),
      );
      for (const waiting of this.pending.values()) waiting.reject(this.failure);
      this.pending.clear();
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(msg('messages:store.workerExited', { code })));
  }

  static async open(file: string, entry: SqliteWorkerEntry): Promise<SqliteRecordStore> {
    const worker = new Worker(entry.file, {
      workerData: { file, busyTimeoutMs: entry.busyTimeoutMs ?? 5000 },
      execArgv: entry.execArgv ?? [],
    });
    const store = new SqliteRecordStore(worker);
    try {
      await store.send('listTables', []);
    } catch (error) {
      await worker.terminate();
      throw error;
    }
    return store;
  }

  private send<T>(op: string, args: unknown[]): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, op, args });
    });
  }

  /**
   * Calls wait for any open transaction to end first. Without one, the message leaves now, so
   * the worker starts while the caller goes on preparing its next batch.
   */
  private call<T>(op: string, ...args: unknown[]): Promise<T> {
    if (this.transactions === 0) return this.send<T>(op, args);
    return this.exclusive.then(() => this.call<T>(op, ...args));
  }

  /** Holds every other caller off while `work` runs; `work` talks to the worker directly. */
  private async exclusively<T>(work: () => Promise<T>): Promise<T> {
    const before = this.exclusive;
    let release: () => void = () => undefined;
    this.exclusive = new Promise<void>((resolve) => (release = resolve));
    this.transactions += 1;
    await before;
    try {
      return await work();
    } finally {
      this.transactions -= 1;
      release();
    }
  }

  private async inTransaction<T>(work: (writer: RecordWriter) => Promise<T>): Promise<T> {
    await this.send('begin', []);
    try {
      const result = await work(this.directWriter);
      await this.send('commit', []);
      return result;
    } catch (error) {
      await this.send('rollback', []);
      throw error;
    }
  }

  /** The writer a transaction uses: straight to the worker, past the queue it holds. */
  private readonly directWriter: RecordWriter = {
    upsert: (table, rows, options) => this.upsertChunks(table, rows, options),
    deleteByKeys: (table, keys) => this.send('deleteByKeys', [table, keys]),
    findByKeys: (table, keys, options) => this.send('findByKeys', [table, keys, options]),
    count: (table, filter) => this.send('count', [table, filter]),
    readPage: (request) => this.send('readPage', [request]),
  };

  private async upsertChunks(
    table: string,
    rows: readonly RecordRow[],
    options?: UpsertOptions,
  ): Promise<number> {
    let written = 0;
    for (let i = 0; i < rows.length; i += chunkRows)
      written += await this.send<number>('upsert', [table, rows.slice(i, i + chunkRows), options]);
    return written;
  }

  ensureTable(definition: TableDefinitionInput, kind?: TableKind): Promise<EnsureTableResult> {
    return this.call('ensureTable', definition, kind);
  }

  describeTable(name: string): Promise<TableDefinition> {
    return this.call('describeTable', name);
  }

  listTables(): Promise<TableSummary[]> {
    return this.call('listTables');
  }

  dropTable(name: string): Promise<void> {
    return this.call('dropTable', name);
  }

  createWorkTable(prefix: string, definition: Omit<TableDefinitionInput, 'name'>): Promise<string> {
    return this.call('createWorkTable', prefix, definition);
  }

  /** A batch is one transaction: a bad row anywhere leaves the table as it was. */
  upsert(table: string, rows: readonly RecordRow[], options?: UpsertOptions): Promise<number> {
    if (rows.length <= chunkRows) return this.call('upsert', table, rows, options);
    return this.exclusively(() => this.inTransaction((w) => w.upsert(table, rows, options)));
  }

  deleteByKeys(table: string, keys: readonly RecordRow[]): Promise<number> {
    return this.call('deleteByKeys', table, keys);
  }

  findByKeys(
    table: string,
    keys: readonly RecordRow[],
    options?: FindOptions,
  ): Promise<RecordRow[]> {
    return this.call('findByKeys', table, keys, options);
  }

  count(table: string, filter?: RecordFilter): Promise<number> {
    return this.call('count', table, filter);
  }

  readPage(request: PageRequest): Promise<RecordRow[]> {
    return this.call('readPage', request);
  }

  async *stream(table: string, query: RecordQuery, batchSize: number): AsyncIterable<RecordRow[]> {
    const id = await this.call<number>('streamOpen', table, query, batchSize);
    try {
      for (;;) {
        const batch = await this.call<RecordRow[] | null>('streamNext', id);
        if (batch === null) return;
        yield batch;
      }
    } finally {
      await this.send('streamClose', [id]).catch(() => undefined);
    }
  }

  transaction<T>(work: (tx: RecordWriter) => Promise<T>): Promise<T> {
    return this.exclusively(() => this.inTransaction(work));
  }

  async close(): Promise<void> {
    await this.call('close').catch(() => undefined);
    await this.worker.terminate();
  }
}
