import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordRow, TableDefinitionInput } from '../../../shared/domain/records';
import {
  engines,
  openTestRecordStore,
  type TestRecordStore,
} from '../../test-support/record-stores';
import type { RecordStore } from './record-store';

const people: TableDefinitionInput = {
  name: 'Person',
  label: 'People',
  key: ['id'],
  uniqueKeys: [['crmId']],
  columns: [
    { name: 'id', label: 'Id', type: 'int64' },
    { name: 'crmId', label: 'CRM id', type: 'string', length: 18 },
    { name: 'notes', label: 'Notes', type: 'memo' },
    { name: 'optOut', label: 'Opt-out', type: 'boolean' },
  ],
};

const person = (id: number, extra: RecordRow = {}): RecordRow => ({
  id,
  crmId: `003${String(id).padStart(15, '0')}`,
  ...extra,
});

/** What bulk writes (COPY on PostgreSQL) must keep of the one-row-at-a-time meaning. */
describe.each(engines)('bulk writes on %s', (engine) => {
  let t: TestRecordStore;
  let store: RecordStore;
  beforeEach(async () => {
    t = await openTestRecordStore(engine);
    store = t.store;
    await store.ensureTable(people);
  });
  afterEach(() => t.dispose());

  const all = () => store.readPage({ table: 'Person', offset: 0, limit: 1000 });

  it('keeps text with tabs, newlines, backslashes and COPY markers as it was', async () => {
    const texts = ['a\tb', 'line 1\nline 2\r\n', 'C:\\temp\\new', '\\N', '\\.', '', 'café ☕'];
    await store.upsert(
      'Person',
      texts.map((notes, i) => person(i + 1, { notes })),
    );
    expect((await all()).map((r) => r.notes)).toEqual(texts);
  });

  it('lets the last row of a key win when a call repeats it', async () => {
    await store.upsert('Person', [
      person(1, { notes: 'first' }),
      person(2, { notes: 'other' }),
      person(1, { notes: 'last', optOut: true }),
    ]);
    expect((await all()).map((r) => [r.id, r.notes, r.optOut])).toEqual([
      [1, 'last', true],
      [2, 'other', null],
    ]);
  });

  it('writes several calls of the same shape in one transaction, or none of them', async () => {
    await store.transaction(async (tx) => {
      await tx.upsert('Person', [person(1), person(2)]);
      await tx.upsert('Person', [person(2, { notes: 'again' }), person(3)]);
    });
    expect((await all()).map((r) => [r.id, r.notes])).toEqual([
      [1, null],
      [2, 'again'],
      [3, null],
    ]);
    await expect(
      store.transaction(async (tx) => {
        await tx.upsert('Person', [person(4)]);
        await tx.upsert('Person', [person(5, { optOut: 'no' })]);
      }),
    ).rejects.toThrow("Table 'Person', row 1, column 'optOut': expected true or false, got 'no'.");
    expect(await store.count('Person')).toBe(3);
  });

  it('names the row whose unique key another record already has, and writes nothing', async () => {
    await store.upsert('Person', [person(1)]);
    const error = await store
      .upsert('Person', [person(2), person(3, { crmId: person(1).crmId as string })])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_VALUE' });
    if (engine === 'postgresql')
      expect((error as Error).message).toBe(
        "Table 'Person', row 2: another record already has (crmId) = (003000000000000001), which must be unique.",
      );
    expect((await all()).map((r) => r.id)).toEqual([1]);
  });

  it('loads a call far larger than one batch as a whole', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => person(i + 1, { optOut: i % 2 === 0 }));
    expect(await store.upsert('Person', rows)).toBe(30_000);
    expect(await store.count('Person')).toBe(30_000);
    const last = await store.readPage({ table: 'Person', offset: 29_999, limit: 10 });
    expect(last).toEqual([{ ...person(30_000), notes: null, optOut: false }]);
  });
});
