import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordRow } from '../../../shared/domain/records';
import {
  engines,
  openTestRecordStore,
  type TestRecordStore,
} from '../../test-support/record-stores';

const row = (id: number, name = `Name ${id}`): RecordRow => ({ id, name, email: `p${id}@x.test` });

describe.each(engines)('inserting rows known to be new on %s', (engine) => {
  let t: TestRecordStore;
  beforeEach(async () => {
    t = await openTestRecordStore(engine);
    await t.store.ensureTable({
      name: 'Person',
      label: 'People',
      key: ['id'],
      uniqueKeys: [['email']],
      columns: [
        { name: 'id', label: 'Id', type: 'long' },
        { name: 'name', label: 'Name', type: 'string' },
        { name: 'email', label: 'Email', type: 'string' },
      ],
    });
  });
  afterEach(() => t.dispose());

  const all = async () =>
    (await t.store.readPage({ table: 'Person', offset: 0, limit: 1000 })).map((r) => [
      r.id,
      r.name,
    ]);

  it('writes calls of new rows, the last of a repeated key winning', async () => {
    expect(await t.store.upsert('Person', [row(1), row(2)], { onlyNew: true })).toBe(2);
    await t.store.upsert('Person', [row(3, 'First'), row(4), row(3, 'Second')], {
      onlyNew: true,
    });
    expect(await all()).toEqual([
      [1, 'Name 1'],
      [2, 'Name 2'],
      [3, 'Second'],
      [4, 'Name 4'],
    ]);
  });

  it('loads a call far larger than one batch in one go', async () => {
    const rows = Array.from({ length: 25_000 }, (_, i) => row(i + 1));
    expect(await t.store.upsert('Person', rows, { onlyNew: true })).toBe(rows.length);
    expect(await t.store.count('Person')).toBe(rows.length);
  });

  it('refuses a key already in the table, naming the row, and writes nothing of the call', async () => {
    await t.store.upsert('Person', [row(1), row(2)]);
    await expect(
      t.store.upsert('Person', [row(10), row(11), row(2, 'Again')], { onlyNew: true }),
    ).rejects.toMatchObject({ code: 'BAD_VALUE', message: expect.stringMatching(/row 3\b/) });
    await expect(
      t.store.upsert('Person', [row(12), { ...row(13), email: 'p1@x.test' }], { onlyNew: true }),
    ).rejects.toMatchObject({ code: 'BAD_VALUE', message: expect.stringMatching(/row 2\b/) });
    expect(await all()).toEqual([
      [1, 'Name 1'],
      [2, 'Name 2'],
    ]);
  });
});
