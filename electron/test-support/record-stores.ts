import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import pg from 'pg';
import { nodeBundleOptions } from '../../scripts/bundle-options.mjs';
import { openRecordStore } from '../storage/records/open-record-store';
import type { RecordStore } from '../storage/records/record-store';
import type { SqliteWorkerEntry } from '../storage/records/sqlite/sqlite-record-store';

/**
 * The worker bundled from its current source, the way the build does it; written under
 * node_modules/.cache so that it finds better-sqlite3.
 */
function bundleSqliteWorker(): string {
  const outfile = fileURLToPath(
    new URL('../../node_modules/.cache/crm-console/sqlite-worker.cjs', import.meta.url),
  );
  buildSync({
    ...nodeBundleOptions,
    entryPoints: [
      fileURLToPath(new URL('../storage/records/sqlite/sqlite-worker.ts', import.meta.url)),
    ],
    outfile,
    sourcemap: false,
  });
  return outfile;
}

export const sqliteWorkerFromSource: SqliteWorkerEntry = {
  file: bundleSqliteWorker(),
  busyTimeoutMs: 300,
};

/** The PostgreSQL server the suite also runs against, when one is given (CI starts one). */
export const testDatabaseUrl = process.env.CRM_CONSOLE_TEST_DATABASE_URL ?? null;
export const engines = testDatabaseUrl
  ? (['sqlite', 'postgresql'] as const)
  : (['sqlite'] as const);
export type TestEngine = (typeof engines)[number];

export interface TestRecordStore {
  store: RecordStore;
  dataDir: string;
  databaseUrl: string | null;
  dispose(): Promise<void>;
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database on the test PostgreSQL server (CRM_CONSOLE_TEST_DATABASE_URL). */
export async function createTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `records_test_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A record store on a fresh SQLite file or a fresh PostgreSQL database. */
export async function openTestRecordStore(engine: TestEngine): Promise<TestRecordStore> {
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-console-records-'));
  let databaseUrl: string | null = null;
  let dropDatabase: () => Promise<void> = async () => undefined;
  if (engine === 'postgresql' && testDatabaseUrl) {
    const database = await createTestDatabase(testDatabaseUrl);
    databaseUrl = database.url;
    dropDatabase = database.drop;
  }
  const store = await openRecordStore({
    dataDir,
    databaseUrl,
    sqliteWorker: sqliteWorkerFromSource,
  });
  return {
    store,
    dataDir,
    databaseUrl,
    dispose: async () => {
      await store.close();
      await dropDatabase();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
