import { msg } from '../../../../shared/i18n/message';
import { randomBytes } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import { z } from 'zod';
import {
  tableDefinitionSchema,
  type PageRequest,
  type RecordFilter,
  type RecordQuery,
  type RecordRow,
  type TableDefinition,
  type TableDefinitionInput,
} from '../../../../shared/domain/records';
import { describeIssues, issuesFromZod } from '../../../../shared/errors';
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
import { rowEncoder, rowRuns, type DbParam, type RowEncoder } from '../row-codec';
import { quoteIdentifier as q } from './dialect';
import type { SqlExecutor } from './sql-executor';
import {
  column,
  countStatement,
  selectedColumns,
  selectStatement,
  sortIndexSql,
  upsertKey,
} from './statements';
import { applyTablePlan, createTableSql, uniqueIndexSql } from './table-ddl';
import { PageBookmarks } from './page-bookmarks';
import { readRows } from './page-reader';
import { sameName } from '../../../../shared/domain/names';

const catalogTable = 'console_tables';
/**
 * Rows looked at between two turns of the event loop: a few milliseconds of work, so that a
 * big call never stalls the thread (on PostgreSQL, the main thread), even on a busy machine.
 */
const rowsPerSlice = 1_000;

interface RunRange {
  columns: string[];
  start: number;
  end: number;
}

/** The call's runs of rows setting the same columns (rowRuns), found a slice at a time. */
async function runsInSlices(rows: readonly RecordRow[]): Promise<RunRange[]> {
  const runs: RunRange[] = [];
  for (let i = 0; i < rows.length; i += rowsPerSlice) {
    if (i > 0) await setImmediate();
    for (const run of rowRuns(rows.slice(i, i + rowsPerSlice))) {
      const start = i + run.start;
      const last = runs.at(-1);
      if (last?.end === start && last.columns.join('\u0000') === run.columns.join('\u0000'))
        last.end = start + run.rows.length;
      else runs.push({ columns: run.columns, start, end: start + run.rows.length });
    }
  }
  return runs;
}

/** Every row of a run checked and encoded before any is sent, a slice at a time. */
async function encodeInSlices(
  encoder: RowEncoder,
  rows: readonly RecordRow[],
  { start, end }: RunRange,
): Promise<DbParam[][]> {
  const encoded: DbParam[][] = [];
  for (let i = start; i < end; i += rowsPerSlice) {
    if (i > start) await setImmediate();
    for (const row of encoder.encode(rows.slice(i, Math.min(i + rowsPerSlice, end)), i + 1))
      encoded.push(row);
  }
  return encoded;
}
const storedDefinition = z.object({
  kind: z.enum(['table', 'work']),
  definition: tableDefinitionSchema,
});

/**
 * The record store over any SQL engine: table definitions live in a catalog table inside the
 * database itself, so it describes its own tables.
 */
export class SqlRecordEngine implements RecordStore {
  private readonly tables = new Map<string, { kind: TableKind; definition: TableDefinition }>();
  private readonly sortIndexes = new Set<string>();
  private readonly bookmarks: PageBookmarks;

  private constructor(private readonly db: SqlExecutor) {
    this.bookmarks = new PageBookmarks(db);
  }

  get engine() {
    return this.db.dialect.engine;
  }

  static async open(db: SqlExecutor): Promise<SqlRecordEngine> {
    const engine = new SqlRecordEngine(db);
    await db.run(
      `CREATE TABLE IF NOT EXISTS ${q(catalogTable)} (name VARCHAR(64) PRIMARY KEY, kind VARCHAR(8) NOT NULL, definition TEXT NOT NULL)`,
    );
    for (const row of await db.all(`SELECT name, kind, definition FROM ${q(catalogTable)}`)) {
      const parsed = storedDefinition.safeParse({
        kind: row.kind,
        definition: JSON.parse(String(row.definition)),
      });
      if (!parsed.success)
        throw new RecordStoreError(
          'DATABASE_CORRUPT',
          msg('messages:store.definitionDamaged', {
            table: String(row.name),
            catalog: catalogTable,
            issues: describeIssues(issuesFromZod(parsed.error)),
          }),
        );
      engine.tables.set(parsed.data.definition.name, parsed.data);
    }
    return engine;
  }

  async ensureTable(
    input: TableDefinitionInput,
    kind: TableKind = 'table',
  ): Promise<EnsureTableResult> {
    const parsed = tableDefinitionSchema.safeParse(input);
    if (!parsed.success)
      throw new RecordStoreError(
        'BAD_DEFINITION',
        msg('messages:store.definitionRefused', {
          issues: describeIssues(issuesFromZod(parsed.error)),
        }),
      );
    const next = parsed.data;
    this.bookmarks.forget(next.name);
    if (sameName(next.name, catalogTable))
      throw new RecordStoreError(
        'BAD_DEFINITION',
        msg('messages:store.reserved', { table: catalogTable }),
      );
    return this.db.transaction(async () => {
      const existing = this.tables.get(next.name)?.definition;
      let result: EnsureTableResult;
      let stored = next;
      if (!existing) {
        await this.db.run(createTableSql(this.db.dialect, next));
        for (const [i, key] of next.uniqueKeys.entries())
          await this.db.run(uniqueIndexSql(next.name, i, key));
        result = {
          created: true,
          addedColumns: next.columns.map((c) => c.name),
          droppedColumns: [],
          keptColumns: [],
        };
      } else {
        ({ result, stored } = await applyTablePlan(this.db, existing, next, (t) => this.count(t)));
      }
      await this.db.run(`DELETE FROM ${q(catalogTable)} WHERE name = ${this.db.dialect.param(1)}`, [
        next.name,
      ]);
      await this.db.run(
        `INSERT INTO ${q(catalogTable)} (name, kind, definition) VALUES (${[1, 2, 3].map(this.db.dialect.param).join(', ')})`,
        [next.name, kind, JSON.stringify(stored)],
      );
      this.tables.set(next.name, { kind, definition: stored });
      return result;
    });
  }

  async describeTable(name: string): Promise<TableDefinition> {
    return structuredClone(this.table(name));
  }

  async listTables(): Promise<TableSummary[]> {
    return [...this.tables.values()]
      .map(({ kind, definition }) => ({ name: definition.name, label: definition.label, kind }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  async dropTable(name: string): Promise<void> {
    this.table(name);
    this.bookmarks.forget(name);
    await this.db.transaction(async () => {
      await this.db.run(`DROP TABLE ${q(name)}`);
      await this.db.run(`DELETE FROM ${q(catalogTable)} WHERE name = ${this.db.dialect.param(1)}`, [
        name,
      ]);
    });
    this.tables.delete(name);
  }

  async createWorkTable(
    prefix: string,
    definition: Omit<TableDefinitionInput, 'name'>,
  ): Promise<string> {
    const name = `${prefix}_${randomBytes(4).toString('hex')}`;
    await this.ensureTable({ ...definition, name }, 'work');
    return name;
  }

  async upsert(
    table: string,
    rows: readonly RecordRow[],
    options: UpsertOptions = {},
  ): Promise<number> {
    if (rows.length === 0) return 0;
    const def = this.table(table);
    const key = upsertKey(def, options.key);
    const runs: { columns: string[]; firstRowNumber: number; encoded: DbParam[][] }[] = [];
    for (const run of await runsInSlices(rows))
      runs.push({
        columns: run.columns,
        firstRowNumber: run.start + 1,
        encoded: await encodeInSlices(rowEncoder(def, run.columns, key, this.engine), rows, run),
      });
    try {
      return await this.db.transaction(async () => {
        let written = 0;
        for (const { columns, encoded, firstRowNumber } of runs)
          written += await this.db.upsertRows(
            { table, columns, key, onlyNew: options.onlyNew === true },
            encoded,
            firstRowNumber,
          );
        return written;
      });
    } finally {
      this.bookmarks.forget(table);
    }
  }

  async deleteByKeys(table: string, keys: readonly RecordRow[]): Promise<number> {
    if (keys.length === 0) return 0;
    const def = this.table(table);
    const encoded = rowEncoder(def, def.key, def.key, this.engine).encode(keys);
    try {
      return await this.db.transaction(() => this.db.deleteRows(table, def.key, encoded));
    } finally {
      this.bookmarks.forget(table);
    }
  }

  async findByKeys(
    table: string,
    keys: readonly RecordRow[],
    options: FindOptions = {},
  ): Promise<RecordRow[]> {
    if (keys.length === 0) return [];
    const def = this.table(table);
    const key = upsertKey(def, options.key);
    const columns = this.columnsOf(def, options.columns ? { columns: options.columns } : {});
    const encoded = await encodeInSlices(rowEncoder(def, key, key, this.engine), keys, {
      columns: key,
      start: 0,
      end: keys.length,
    });
    // Each key once: a key asked for twice is still one record.
    const distinct = new Map(encoded.map((k) => [JSON.stringify(k), k]));
    const found = await this.db.findRows(
      table,
      key.map((name) => column(def, name)),
      columns.map((c) => c.name),
      [...distinct.values()],
    );
    return found.map((raw) => this.db.decode(columns, raw));
  }

  async count(table: string, filter?: RecordFilter): Promise<number> {
    const { sql, params } = countStatement(this.db.dialect, this.table(table), filter);
    return this.bookmarks.counted(table, filter, async () => {
      const [row] = await this.db.all(sql, params);
      return Number(row?.n ?? 0);
    });
  }

  async readPage(request: PageRequest): Promise<RecordRow[]> {
    const def = this.table(request.table);
    await this.ensureSortIndex(def, request.sort?.[0]?.column);
    const after = await this.bookmarks.nearest(def, request);
    return readRows(this.db, def, request, request.offset, request.limit, after);
  }

  async *stream(table: string, query: RecordQuery, batchSize: number): AsyncIterable<RecordRow[]> {
    const def = this.table(table);
    const { sql, params } = selectStatement(this.db.dialect, def, query);
    const columns = this.columnsOf(def, query);
    for await (const batch of this.db.stream(sql, params, batchSize))
      yield batch.map((raw) => this.db.decode(columns, raw));
  }

  async transaction<T>(work: (tx: RecordWriter) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(() => work(this));
    } finally {
      // A bookmark read while the transaction was open saw the rows before it.
      this.bookmarks.forgetAll();
    }
  }

  close(): Promise<void> {
    return this.db.close();
  }

  /**
   * The data explorer sorts big tables by any column: the first time it sorts one by a column,
   * that column gets an index, so deep pages are read in order rather than sorted each time,
   * and the index is readied for the index-only skips that position a deep page.
   */
  private async ensureSortIndex(def: TableDefinition, column: string | undefined): Promise<void> {
    if (!column || def.key.includes(column) || this.tables.get(def.name)?.kind !== 'table') return;
    const id = `${def.name}.${column}`;
    if (this.sortIndexes.has(id)) return;
    selectedColumns(def, { columns: [column] }); // refuses an unknown column by name
    await this.db.run(sortIndexSql(this.db.dialect, def, column));
    // Building the index has just read the whole table: the upkeep is cheap beside it.
    await this.db.prepareIndexReads(def.name);
    this.sortIndexes.add(id);
  }

  private columnsOf(def: TableDefinition, query: RecordQuery) {
    const byName = new Map(def.columns.map((c) => [c.name, c]));
    return selectedColumns(def, query).map(
      (name) => byName.get(name) as TableDefinition['columns'][number],
    );
  }

  private table(name: string): TableDefinition {
    const found = this.tables.get(name);
    if (!found)
      throw new RecordStoreError('UNKNOWN_TABLE', msg('messages:store.noTable', { table: name }));
    return found.definition;
  }
}
