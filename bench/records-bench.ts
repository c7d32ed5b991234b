import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers/promises';
import type { PageAnchor, RecordRow, TableDefinitionInput } from '../shared/domain/records';
import { openRecordStore } from '../electron/storage/records/open-record-store';
import type { RecordStore, UpsertOptions } from '../electron/storage/records/record-store';
import { sqliteDialect } from '../electron/storage/records/sql/dialect';
import { createTableSql } from '../electron/storage/records/sql/table-ddl';
import { upsertSql } from '../electron/storage/records/sql/statements';
import { tableDefinitionSchema } from '../shared/domain/records';
import { watchEventLoop, type EventLoopFigures } from './event-loop-stalls';

/** A 20-column table like a generated CRM table: every family of types is present. */
export const benchTable: TableDefinitionInput = {
  name: 'BenchContact',
  label: 'Benchmark contacts',
  key: ['id'],
  columns: [
    { name: 'id', label: 'Id', type: 'int64' },
    { name: 'crmId', label: 'CRM id', type: 'string', length: 18 },
    { name: 'email', label: 'Email', type: 'string' },
    { name: 'firstName', label: 'First name', type: 'string', length: 64 },
    { name: 'lastName', label: 'Last name', type: 'string', length: 64 },
    { name: 'company', label: 'Company', type: 'string', length: 80 },
    { name: 'city', label: 'City', type: 'string', length: 64 },
    { name: 'country', label: 'Country', type: 'string', length: 2 },
    { name: 'phone', label: 'Phone', type: 'string', length: 32 },
    { name: 'gender', label: 'Gender', type: 'byte' },
    { name: 'score', label: 'Score', type: 'short' },
    { name: 'visits', label: 'Visits', type: 'long' },
    { name: 'revenue', label: 'Revenue', type: 'double' },
    { name: 'optOut', label: 'Opt-out', type: 'boolean' },
    { name: 'emailOptOut', label: 'Email opt-out', type: 'boolean' },
    { name: 'birthDate', label: 'Birth date', type: 'date' },
    { name: 'created', label: 'Created', type: 'datetime' },
    { name: 'modified', label: 'Modified', type: 'datetime' },
    { name: 'notes', label: 'Notes', type: 'memo' },
    { name: 'source', label: 'Lead source', type: 'string', length: 40 },
  ],
};

const cities = ['Paris', 'Lyon', 'Amsterdam', 'Milano', 'Berlin', 'Madrid', 'Dublin', 'Lisboa'];
const base = Date.UTC(2020, 0, 1);

/** Deterministic and cheap, so that the figures measure the store, not the generator. */
export function benchRow(i: number): RecordRow {
  return {
    id: i,
    crmId: `003${String(i).padStart(15, '0')}`,
    email: `person${i}@example.com`,
    firstName: `First${i % 5000}`,
    lastName: `Last${(i * 7) % 20000}`,
    company: `Company ${(i * 13) % 3000}`,
    city: cities[i % cities.length] as string,
    country: ['FR', 'NL', 'IT', 'DE'][i % 4] as string,
    phone: `+3361${String(i).padStart(7, '0')}`,
    gender: i % 3,
    score: (i * 31) % 1000,
    visits: (i * 17) % 100000,
    revenue: (i % 100000) / 100,
    optOut: i % 29 === 0,
    emailOptOut: i % 11 === 0,
    birthDate: new Date(base - (i % 20000) * 86400000 * 1.5).toISOString().slice(0, 10),
    created: new Date(base + i * 1000).toISOString(),
    modified: new Date(base + i * 2000).toISOString(),
    notes: i % 10 === 0 ? `Called on ${(i % 28) + 1}/11 about the renewal.` : null,
    source: ['Web', 'Phone Inquiry', 'Partner Referral', 'Trade Show'][i % 4] as string,
  };
}

export interface LoadFigures extends EventLoopFigures {
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
}

/** Samples RSS and the main thread's event loop (its stalls, busy or not) while `work` runs. */
export async function measured(work: () => Promise<void>): Promise<LoadFigures> {
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 25);
  const eventLoop = watchEventLoop();
  const start = performance.now();
  await work();
  const seconds = (performance.now() - start) / 1000;
  const loop = eventLoop.stop();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  return {
    seconds: round(seconds),
    rowsPerSecond: 0,
    peakRssMb: Math.round(peak / 2 ** 20),
    ...loop,
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export async function loadThroughStore(
  store: RecordStore,
  rows: number,
  batch: number,
  options: UpsertOptions = {},
): Promise<LoadFigures> {
  await store.ensureTable(benchTable);
  const figures = await measured(async () => {
    // Like an import reading its next page while the last one is written: one batch in flight.
    // Its rows arrive a CRM page at a time (made here, a thousand between two turns of the
    // event loop), so the delay measured is the store's, not the generator's.
    let inFlight: Promise<number> = Promise.resolve(0);
    for (let start = 1; start <= rows; start += batch) {
      const chunk: RecordRow[] = [];
      for (let i = start; i < Math.min(start + batch, rows + 1); i++) {
        if (i > start && (i - start) % 1000 === 0) await setImmediate();
        chunk.push(benchRow(i));
      }
      await inFlight;
      inFlight = store.upsert(benchTable.name, chunk, options);
    }
    await inFlight;
  });
  return { ...figures, rowsPerSecond: Math.round(rows / figures.seconds) };
}

/** The floor: a raw better-sqlite3 prepared statement in a loop, on the main thread. */
export async function loadRaw(file: string, rows: number, batch: number): Promise<LoadFigures> {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const table = tableDefinitionSchema.parse(benchTable);
  db.exec(createTableSql(sqliteDialect, table));
  const columns = table.columns.map((c) => c.name);
  const statement = db.prepare(upsertSql(sqliteDialect, table.name, columns, table.key));
  const insertBatch = db.transaction((chunk: unknown[][]) => {
    for (const values of chunk) statement.run(...values);
  });
  const figures = await measured(async () => {
    for (let start = 1; start <= rows; start += batch) {
      const chunk: unknown[][] = [];
      for (let i = start; i < Math.min(start + batch, rows + 1); i++) {
        const row = benchRow(i);
        chunk.push(columns.map((c) => (typeof row[c] === 'boolean' ? (row[c] ? 1 : 0) : row[c])));
      }
      insertBatch(chunk);
    }
  });
  db.close();
  return { ...figures, rowsPerSecond: Math.round(rows / figures.seconds) };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: round(performance.now() - start), value };
}

/**
 * What the data explorer does: count and first page on opening, then pages at the scroll
 * position; a jump is a page request alone (the grid has its count), read on from the row the
 * grid holds before it when it has one. The main thread's event-loop stalls throughout.
 */
export async function browseFigures(store: RecordStore, rows: number) {
  const eventLoop = watchEventLoop();
  const deep = Math.round(rows * 0.9);
  type Sort = { column: string; descending: boolean }[];
  const read = async (offset: number, sort?: Sort, after?: PageAnchor) => {
    const page = await store.readPage({
      table: benchTable.name,
      offset,
      limit: 100,
      ...(sort ? { sort } : {}),
      ...(after ? { after } : {}),
    });
    if (page.length !== 100) throw new Error('unexpected page');
    return page;
  };
  const open = (sort?: Sort) =>
    timed(async () => {
      const [count] = await Promise.all([store.count(benchTable.name), read(0, sort)]);
      if (count !== rows) throw new Error('unexpected count');
    });
  const anchorOf = (page: RecordRow[], offset: number, sort?: Sort): PageAnchor => {
    const last = page.at(-1) as RecordRow;
    const columns = [...(sort ?? []).map((s) => s.column), ...benchTable.key];
    return {
      row: offset + 99,
      values: Object.fromEntries(columns.map((c) => [c, last[c] ?? null])),
    };
  };
  const scrollOn = async (sort?: Sort) => {
    const jumped = await timed(() => read(deep, sort));
    const next = await timed(() => read(deep + 100, sort, anchorOf(jumped.value, deep, sort)));
    return { jumpMs: jumped.ms, nextPageMs: next.ms };
  };
  const byEmail = [{ column: 'email', descending: false }];
  const byEmailDescending = [{ column: 'email', descending: true }];
  const figures = {
    openFirstPageMs: (await open()).ms,
    [`jumpToRow${deep}`]: await scrollOn(),
    // The first sort by a column builds its index; the pages after it read in order.
    sortedByEmailOpenMs: (await open(byEmail)).ms,
    [`sortedByEmailJumpToRow${deep}`]: await scrollOn(byEmail),
    sortedByEmailDescendingOpenMs: (await open(byEmailDescending)).ms,
    [`sortedByEmailDescendingJumpToRow${deep}`]: await scrollOn(byEmailDescending),
    filteredCountMs: (
      await timed(() =>
        store.count(benchTable.name, {
          combinator: 'and',
          conditions: [{ column: 'email', operator: 'contains', value: '12345' }],
        }),
      )
    ).ms,
  };
  return { ...figures, ...eventLoop.stop() };
}

export async function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'crm-console-bench-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export { openRecordStore };
