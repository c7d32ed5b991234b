import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openTestRecordStore,
  testDatabaseUrl,
  type TestRecordStore,
} from '../../../test-support/record-stores';
import { openRecordStore } from '../open-record-store';
import { isStoreUnavailable, type RecordStore } from '../record-store';
import { connectionSettings } from './postgres-executor';

const table = {
  name: 'T',
  label: 'T',
  key: ['id'],
  columns: [
    { name: 'id', label: 'Id', type: 'long' as const },
    { name: 'email', label: 'Email', type: 'string' as const },
  ],
};

/** Runs one statement as the server's administrator, beside the store's own connections. */
async function admin<T extends pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
  url = testDatabaseUrl,
) {
  const client = new pg.Client({ connectionString: url ?? '' });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(!testDatabaseUrl)('the record store on a shared PostgreSQL server', () => {
  let t: TestRecordStore;
  let store: RecordStore;
  let database: string;
  beforeEach(async () => {
    t = await openTestRecordStore('postgresql');
    store = t.store;
    database = new URL(t.databaseUrl ?? '').pathname.slice(1);
    await store.ensureTable(table);
  });
  afterEach(() => t.dispose());

  const sessions = () =>
    admin<{ application_name: string }>(
      `SELECT application_name FROM pg_stat_activity WHERE datname = $1`,
      [database],
    );

  it('names its sessions for the DBA and shares a bounded pool between its calls', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => store.upsert('T', [{ id: i, email: `p${i}@x.org` }])),
    );
    const seen = await sessions();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.length).toBeLessThanOrEqual(connectionSettings.max);
    expect(new Set(seen.map((s) => s.application_name))).toEqual(
      new Set(['CRM Connector Console']),
    );
    expect(await store.count('T')).toBe(40);
  });

  it('maps an error COPY meets back to the input row, and writes nothing', async () => {
    await store.upsert('T', [{ id: 1, email: 'a@x.org' }]);
    await expect(
      store.upsert('T', [
        { id: 2, email: 'b@x.org' },
        { id: 1, email: 'changed@x.org' },
        { id: 3, email: 'nul\u0000byte' },
      ]),
    ).rejects.toMatchObject({
      code: 'BAD_VALUE',
      message: expect.stringMatching(/^Table 'T', row 3\b.*0x00/),
    });
    expect(await store.readPage({ table: 'T', offset: 0, limit: 10 })).toEqual([
      { id: 1, email: 'a@x.org' },
    ]);
  });

  it('says a read-only server takes no writes, and writes once it does again', async () => {
    await admin(`ALTER DATABASE ${database} SET default_transaction_read_only = on`);
    const readOnly = await openRecordStore({
      dataDir: t.dataDir,
      databaseUrl: t.databaseUrl,
      sqliteWorker: { file: 'unused: the store is on PostgreSQL' },
    }).catch((e: unknown) => e);
    expect(isStoreUnavailable(readOnly)).toBe(true);
    expect(readOnly).toMatchObject({
      code: 'DATABASE_READ_ONLY',
      message: expect.stringContaining('is read-only'),
    });
    await admin(`ALTER DATABASE ${database} RESET default_transaction_read_only`);
    await store.upsert('T', [{ id: 1, email: 'a@x.org' }]);
    expect(await store.count('T')).toBe(1);
  });

  it('says a server that went away mid-transaction is gone, rolls back, and works when back', async () => {
    const error = await store
      .transaction(async (tx) => {
        await tx.upsert('T', [{ id: 1, email: 'a@x.org' }]);
        await admin(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
          [database],
        );
        await tx.upsert('T', [{ id: 2, email: 'b@x.org' }]);
      })
      .catch((e: unknown) => e);
    expect(isStoreUnavailable(error)).toBe(true);
    expect(error).toMatchObject({ code: 'DATABASE_UNREACHABLE' });
    expect(await store.count('T')).toBe(0);
    await store.upsert('T', [{ id: 1, email: 'a@x.org' }]);
    expect(await store.count('T')).toBe(1);
  });

  it('marks a table just loaded all-visible when it is first sorted, outside a transaction only', async () => {
    const wide = { ...table, name: 'Wide' };
    await store.ensureTable(wide);
    // Autovacuum would mark the pages on its own, some time after the load.
    await admin(`ALTER TABLE "Wide" SET (autovacuum_enabled = false)`, [], t.databaseUrl);
    const padding = 'x'.repeat(200);
    for (let start = 0; start < 40_000; start += 10_000)
      await store.upsert(
        'Wide',
        Array.from({ length: 10_000 }, (_, i) => ({
          id: start + i,
          email: `${padding}${String(start + i).padStart(5, '0')}`,
        })),
      );
    const visibility = async () => {
      const [row] = await admin<{ pages: number; visible: number }>(
        `SELECT (pg_relation_size(oid) / current_setting('block_size')::int)::int AS pages, relallvisible AS visible
         FROM pg_class WHERE oid = '"Wide"'::regclass`,
        [],
        t.databaseUrl,
      );
      return row;
    };
    const byEmail = {
      table: 'Wide',
      offset: 30_000,
      limit: 1,
      sort: [{ column: 'email', descending: false }],
    };
    const [inTransaction] = await store.transaction((tx) => tx.readPage(byEmail));
    expect(inTransaction?.id).toBe(30_000);
    expect((await visibility())?.visible).toBe(0);

    const reopened = await openRecordStore({
      dataDir: t.dataDir,
      databaseUrl: t.databaseUrl,
      sqliteWorker: { file: 'unused: the store is on PostgreSQL' },
    });
    try {
      const [row] = await reopened.readPage(byEmail);
      expect(row?.id).toBe(30_000);
    } finally {
      await reopened.close();
    }
    const after = await visibility();
    expect(after?.pages).toBeGreaterThan(1_000);
    expect(after?.visible).toBe(after?.pages);
  });
});
