import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PostgresExecutor } from './postgres/postgres-executor';
import type { RecordStore } from './record-store';
import { SqlRecordEngine } from './sql/sql-record-engine';
import { SqliteRecordStore, type SqliteWorkerEntry } from './sqlite/sqlite-record-store';
import { dataFolder } from '../../core/data-folder';

export interface RecordStoreLocation {
  dataDir: string;
  /** A PostgreSQL connection string; without one, the embedded SQLite file in the data dir. */
  databaseUrl?: string | null;
  sqliteWorker: SqliteWorkerEntry;
}

export async function openRecordStore(location: RecordStoreLocation): Promise<RecordStore> {
  if (location.databaseUrl)
    return SqlRecordEngine.open(await PostgresExecutor.open(location.databaseUrl));
  await mkdir(location.dataDir, { recursive: true, mode: 0o700 });
  return SqliteRecordStore.open(join(location.dataDir, dataFolder.records), location.sqliteWorker);
}
