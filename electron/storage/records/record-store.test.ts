import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordRow, TableDefinitionInput } from '../../../shared/domain/records';
import {
  engines,
  openTestRecordStore,
  type TestRecordStore,
} from '../../test-support/record-stores';
import { frenchText } from '../../test-support/french-text';
import { RecordStoreError, type RecordStore } from './record-store';

const contacts: TableDefinitionInput = {
  name: 'Contact',
  label: 'Contacts',
  key: ['id'],
  uniqueKeys: [['crmId']],
  columns: [
    { name: 'id', label: 'Id', type: 'int64' },
    { name: 'crmId', label: 'CRM id', type: 'string', length: 18 },
    { name: 'email', label: 'Email', type: 'string' },
    { name: 'notes', label: 'Notes', type: 'memo' },
    { name: 'optOut', label: 'Opt-out', type: 'boolean' },
    { name: 'gender', label: 'Gender', type: 'byte' },
    { name: 'score', label: 'Score', type: 'short' },
    { name: 'visits', label: 'Visits', type: 'long' },
    { name: 'revenue', label: 'Revenue', type: 'double' },
    { name: 'birthDate', label: 'Birth date', type: 'date' },
    { name: 'modified', label: 'Modified', type: 'datetime' },
    { name: 'localTime', label: 'Local', type: 'datetimenotz' },
    { name: 'callAt', label: 'Call at', type: 'time' },
    { name: 'uuid', label: 'UUID', type: 'uuid' },
  ],
};

const contact = (id: number, extra: RecordRow = {}): RecordRow => ({
  id,
  crmId: `003${String(id).padStart(15, '0')}`,
  email: `person${id}@example.com`,
  ...extra,
});

describe.each(engines)('record store on %s', (engine) => {
  let t: TestRecordStore;
  let store: RecordStore;
  beforeEach(async () => {
    t = await openTestRecordStore(engine);
    store = t.store;
    await store.ensureTable(contacts);
  });
  afterEach(() => t.dispose());

  const all = (table = 'Contact') => store.readPage({ table, offset: 0, limit: 1000 });

  it('creates a table it can describe and list', async () => {
    expect(await store.listTables()).toEqual([
      { name: 'Contact', label: 'Contacts', kind: 'table' },
    ]);
    const described = await store.describeTable('Contact');
    expect(described.columns.map((c) => c.name)).toEqual(contacts.columns.map((c) => c.name));
    expect(described.uniqueKeys).toEqual([['crmId']]);
  });

  it('round-trips every column type', async () => {
    const row = contact(1, {
      notes: 'x'.repeat(5000),
      optOut: true,
      gender: 2,
      score: -300,
      visits: 2_000_000_000,
      revenue: 1234.5,
      birthDate: '1980-02-29',
      modified: '2026-11-20T09:30:00+01:00',
      localTime: '2026-11-20T08:30:00',
      callAt: '17:45:00',
      uuid: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
    });
    await store.upsert('Contact', [row, contact(2, { optOut: false })]);
    const [first, second] = await all();
    expect(first).toEqual({ ...row, modified: '2026-11-20T08:30:00.000Z' });
    expect(second).toMatchObject({ id: 2, optOut: false, notes: null, modified: null });
  });

  it('upserts by the primary key and by a unique key', async () => {
    await store.upsert('Contact', [contact(1), contact(2)]);
    await store.upsert('Contact', [contact(2, { email: 'new@example.com' }), contact(3)]);
    expect(await store.count('Contact')).toBe(3);
    await store.upsert('Contact', [{ id: 2, crmId: contact(2).crmId as string, visits: 7 }], {
      key: ['crmId'],
    });
    expect((await all())[1]).toMatchObject({ id: 2, email: 'new@example.com', visits: 7 });
    await expect(store.upsert('Contact', [contact(4)], { key: ['email'] })).rejects.toThrow(
      "Table 'Contact' has no unique key (email) to match rows on.",
    );
  });

  it('pages with filter, sort, offset and limit', async () => {
    await store.upsert(
      'Contact',
      Array.from({ length: 50 }, (_, i) => contact(i + 1, { score: i % 5, optOut: i % 2 === 0 })),
    );
    const page = await store.readPage({
      table: 'Contact',
      columns: ['id', 'score'],
      filter: { combinator: 'and', conditions: [{ column: 'score', operator: 'ge', value: 3 }] },
      sort: [{ column: 'score', descending: true }],
      offset: 2,
      limit: 4,
    });
    expect(page).toEqual([
      { id: 40, score: 4 },
      { id: 35, score: 4 },
      { id: 30, score: 4 },
      { id: 25, score: 4 },
    ]);
    const filter = {
      combinator: 'and' as const,
      conditions: [{ column: 'optOut', operator: 'eq' as const, value: true }],
    };
    expect(await store.count('Contact', filter)).toBe(25);
  });

  it('applies each filter operator the same way', async () => {
    await store.upsert('Contact', [
      contact(1, { email: 'Alice@Example.com', notes: '100% sure' }),
      contact(2, { email: 'bob@example.org', notes: '' }),
      contact(3, { email: 'carol@example.com' }),
    ]);
    const ids = async (conditions: unknown[], combinator: 'and' | 'or' = 'and') =>
      (
        await store.readPage({
          table: 'Contact',
          columns: ['id'],
          filter: { combinator, conditions: conditions as never },
          offset: 0,
          limit: 10,
        })
      ).map((r) => r.id);
    expect(await ids([{ column: 'email', operator: 'contains', value: 'EXAMPLE.COM' }])).toEqual([
      1, 3,
    ]);
    expect(await ids([{ column: 'email', operator: 'startsWith', value: 'bo' }])).toEqual([2]);
    expect(await ids([{ column: 'notes', operator: 'contains', value: '0%' }])).toEqual([1]);
    expect(await ids([{ column: 'notes', operator: 'contains', value: '_' }])).toEqual([]);
    expect(await ids([{ column: 'notes', operator: 'isEmpty' }])).toEqual([2, 3]);
    expect(await ids([{ column: 'notes', operator: 'isNotEmpty' }])).toEqual([1]);
    expect(await ids([{ column: 'id', operator: 'in', value: [1, 3, 99] }])).toEqual([1, 3]);
    expect(await ids([{ column: 'id', operator: 'ne', value: 2 }])).toEqual([1, 3]);
    expect(
      await ids(
        [
          { column: 'id', operator: 'lt', value: 2 },
          { column: 'id', operator: 'gt', value: 2 },
        ],
        'or',
      ),
    ).toEqual([1, 3]);
  });

  it('deletes by keys', async () => {
    await store.upsert('Contact', [contact(1), contact(2), contact(3)]);
    expect(await store.deleteByKeys('Contact', [{ id: 1 }, { id: 3 }, { id: 42 }])).toBe(2);
    expect((await all()).map((r) => r.id)).toEqual([2]);
  });

  describe('refuses bad input and leaves the table as it was', () => {
    beforeEach(() => store.upsert('Contact', [contact(1), contact(2)]));
    const unchanged = async () =>
      expect((await all()).map((r) => [r.id, r.email])).toEqual([
        [1, 'person1@example.com'],
        [2, 'person2@example.com'],
      ]);

    it('an unknown table', async () => {
      await expect(store.upsert('Nope', [contact(3)])).rejects.toThrow(
        "There is no table 'Nope' in the record store.",
      );
      await expect(store.count('Nope')).rejects.toMatchObject({ code: 'UNKNOWN_TABLE' });
    });

    it('an unknown column', async () => {
      await expect(store.upsert('Contact', [contact(3, { fax: '1' })])).rejects.toThrow(
        "Table 'Contact' has no column 'fax'.",
      );
      await expect(
        store.readPage({ table: 'Contact', columns: ['fax'], offset: 0, limit: 1 }),
      ).rejects.toMatchObject({
        code: 'UNKNOWN_COLUMN',
      });
      await unchanged();
    });

    it('a value of the wrong type, anywhere in the batch', async () => {
      const batch = [
        contact(1, { email: 'changed@example.com' }),
        contact(3),
        contact(4, { visits: 'many' }),
      ];
      const refusal = await store.upsert('Contact', batch).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(RecordStoreError);
      expect((refusal as RecordStoreError).message).toBe(
        "Table 'Contact', row 3, column 'visits': expected a whole number, got 'many'.",
      );
      // Worded for the administrator's language, across the SQLite worker too.
      expect(frenchText((refusal as RecordStoreError).text)).toBe(
        "Table 'Contact', ligne 3, colonne 'visits' : nombre entier attendu, reçu 'many'.",
      );
      const alone = (refusal as RecordStoreError).rowless;
      expect(alone && frenchText(alone)).toBe(
        "Table 'Contact', colonne 'visits' : nombre entier attendu, reçu 'many'.",
      );
      await expect(store.upsert('Contact', [contact(5, { gender: 300 })])).rejects.toThrow(
        /outside the range of a byte/,
      );
      await expect(
        store.upsert('Contact', [contact(5, { birthDate: '2026-02-30' })]),
      ).rejects.toThrow(/expected a date/);
      await expect(
        store.upsert('Contact', [contact(5, { crmId: 'x'.repeat(19) })]),
      ).rejects.toThrow(/19 characters is more than the 18/);
      await unchanged();
    });

    it('leaves alone the columns a row does not set', async () => {
      await store.upsert('Contact', [contact(1, { visits: 3 })]);
      await store.upsert('Contact', [{ id: 1, score: 9 }, contact(2, { visits: 4 })]);
      expect((await all()).map((r) => [r.id, r.email, r.visits, r.score])).toEqual([
        [1, 'person1@example.com', 3, 9],
        [2, 'person2@example.com', 4, null],
      ]);
    });

    it('a key missing from a row', async () => {
      await expect(
        store.upsert('Contact', [contact(3), { email: 'nokey@example.com' }]),
      ).rejects.toThrow("Table 'Contact', row 2: the key column 'id' has no value.");
      await unchanged();
    });

    it('a bad row deep inside a batch larger than one message', async () => {
      const rows = Array.from({ length: 12000 }, (_, i) => contact(i + 10));
      rows[11500] = contact(11510, { optOut: 'yes' });
      await expect(store.upsert('Contact', rows)).rejects.toMatchObject({ code: 'BAD_VALUE' });
      await unchanged();
    });

    it('a filter value of the wrong type', async () => {
      await expect(
        store.count('Contact', {
          combinator: 'and',
          conditions: [{ column: 'id', operator: 'eq', value: 'one' }],
        }),
      ).rejects.toThrow(`Filter on 'id': "one" is not a valid int64 value.`);
    });
  });

  describe('altering a table', () => {
    it('adds columns, drops empty ones and keeps those holding data', async () => {
      await store.upsert('Contact', [contact(1, { notes: 'keep me' })]);
      const next = {
        ...contacts,
        columns: [
          ...contacts.columns.filter((c) => c.name !== 'notes' && c.name !== 'revenue'),
          { name: 'phone', label: 'Phone', type: 'string' as const },
        ],
      };
      expect(await store.ensureTable(next)).toEqual({
        created: false,
        addedColumns: ['phone'],
        droppedColumns: ['revenue'],
        keptColumns: ['notes'],
      });
      const [row] = await all();
      expect(row).toMatchObject({ id: 1, notes: 'keep me', phone: null });
      expect(row).not.toHaveProperty('revenue');
    });

    it('widens a string but refuses a retype that would lose values', async () => {
      await store.upsert('Contact', [contact(1, { score: 5 })]);
      const widened = contacts.columns.map((c) =>
        c.name === 'email' ? { ...c, length: 1000 } : c,
      );
      await store.ensureTable({ ...contacts, columns: widened });
      await store.upsert('Contact', [contact(2, { email: `${'a'.repeat(900)}@example.com` })]);
      const retyped = widened.map((c) =>
        c.name === 'score' ? { ...c, type: 'date' as const } : c,
      );
      await expect(store.ensureTable({ ...contacts, columns: retyped })).rejects.toThrow(
        "Column 'score' of table 'Contact' holds short values, which cannot become date.",
      );
      expect(await store.count('Contact')).toBe(2);
    });

    it('refuses to change the key of a table holding rows', async () => {
      await store.upsert('Contact', [contact(1)]);
      await expect(store.ensureTable({ ...contacts, key: ['crmId'] })).rejects.toMatchObject({
        code: 'SCHEMA_CONFLICT',
      });
      expect((await store.describeTable('Contact')).key).toEqual(['id']);
    });
  });

  it('streams a query in batches from a stable snapshot', async () => {
    await store.upsert(
      'Contact',
      Array.from({ length: 250 }, (_, i) => contact(i + 1)),
    );
    const seen: number[] = [];
    let batches = 0;
    for await (const batch of store.stream(
      'Contact',
      { sort: [{ column: 'id', descending: true }] },
      100,
    )) {
      if (batches === 0) await store.upsert('Contact', [contact(1000)]);
      batches += 1;
      seen.push(...batch.map((r) => r.id as number));
    }
    expect(batches).toBe(3);
    expect(seen).toHaveLength(250);
    expect(seen[0]).toBe(250);
    expect(await store.count('Contact')).toBe(251);
  });

  it('creates uniquely named work tables and drops them', async () => {
    const definition = {
      label: 'Population',
      key: ['id'],
      columns: [{ name: 'id', label: 'Id', type: 'int64' as const }],
    };
    const a = await store.createWorkTable('wkf_import', definition);
    const b = await store.createWorkTable('wkf_import', definition);
    expect(a).toMatch(/^wkf_import_[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
    expect(
      (await store.listTables())
        .filter((s) => s.kind === 'work')
        .map((s) => s.name)
        .sort(),
    ).toEqual([a, b].sort());
    await store.dropTable(a);
    expect((await store.listTables()).map((s) => s.name)).not.toContain(a);
  });

  it('commits a transaction as a whole or not at all', async () => {
    await store.transaction(async (tx) => {
      await tx.upsert('Contact', [contact(1)]);
      await tx.upsert('Contact', [contact(2)]);
    });
    await expect(
      store.transaction(async (tx) => {
        await tx.deleteByKeys('Contact', [{ id: 1 }]);
        expect(await tx.count('Contact')).toBe(1);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await store.count('Contact')).toBe(2);
  });
});
