import Database from 'better-sqlite3';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqliteWorkerFromSource } from '../../test-support/record-stores';
import { openRecordStore } from './open-record-store';
import { dataFolder } from '../../core/data-folder';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'crm-console-records-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const open = (databaseUrl?: string) =>
  openRecordStore({ dataDir, databaseUrl, sqliteWorker: sqliteWorkerFromSource });
const table = {
  name: 'T',
  label: 'T',
  key: ['id'],
  columns: [{ name: 'id', label: 'Id', type: 'long' as const }],
};

describe('record store failures', () => {
  it('refuses a SQLite file that is not a database, naming it, and leaves it as it was', async () => {
    const file = join(dataDir, dataFolder.records);
    await writeFile(file, 'this is not a database, but somebody else’s notes');
    await expect(open()).rejects.toMatchObject({
      code: 'DATABASE_CORRUPT',
      message: expect.stringContaining(file),
    });
  });

  it('reports a database locked by another program, and writes nothing', async () => {
    const store = await open();
    await store.ensureTable(table);
    const other = new Database(join(dataDir, dataFolder.records));
    other.exec('BEGIN EXCLUSIVE');
    try {
      await expect(store.upsert('T', [{ id: 1 }])).rejects.toMatchObject({
        code: 'DATABASE_LOCKED',
        message: expect.stringMatching(/is locked by another program/),
      });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await store.count('T')).toBe(0);
    await store.upsert('T', [{ id: 1 }]);
    expect(await store.count('T')).toBe(1);
    await store.close();
  });

  it('reports an unreachable PostgreSQL server without its password', async () => {
    const error = await open('postgres://console:s3cret-pw@127.0.0.1:1/records').catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'DATABASE_UNREACHABLE' });
    expect((error as Error).message).toContain('127.0.0.1:1');
    expect((error as Error).message).not.toContain('s3cret-pw');
  });
});
