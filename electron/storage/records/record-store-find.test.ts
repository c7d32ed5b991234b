import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordRow } from '../../../shared/domain/records';
import {
  engines,
  openTestRecordStore,
  type TestRecordStore,
} from '../../test-support/record-stores';

const person = (id: number): RecordRow => ({
  id,
  name: `Name ${id}`,
  email: `p${id}@x.test`,
  born: '1980-05-06',
});

describe.each(engines)('finding records by key on %s', (engine) => {
  let t: TestRecordStore;
  beforeEach(async () => {
    t = await openTestRecordStore(engine);
    await t.store.ensureTable({
      name: 'Person',
      label: 'People',
      key: ['id'],
      uniqueKeys: [['email'], ['name', 'born']],
      columns: [
        { name: 'id', label: 'Id', type: 'long' },
        { name: 'name', label: 'Name', type: 'string', length: 16 },
        { name: 'email', label: 'Email', type: 'string', length: 32 },
        { name: 'born', label: 'Born', type: 'date' },
      ],
    });
    await t.store.upsert(
      'Person',
      Array.from({ length: 3000 }, (_, i) => person(i + 1)),
    );
  });
  afterEach(() => t.dispose());

  const sorted = (rows: RecordRow[]) => [...rows].sort((a, b) => Number(a.id) - Number(b.id));

  it('finds the records of the keys that exist, each once, in one call of thousands', async () => {
    const keys = [...Array.from({ length: 2500 }, (_, i) => ({ id: i + 400 })), { id: 401 }];
    const found = await t.store.findByKeys('Person', [...keys, { id: 9999 }]);
    expect(found).toHaveLength(2500);
    expect(sorted(found)[0]).toEqual(person(400));
    expect(sorted(found).at(-1)).toEqual(person(2899));
  });

  it('looks up by a unique key, of one column or several, reading the columns asked for', async () => {
    const byEmail = await t.store.findByKeys(
      'Person',
      [{ email: 'p7@x.test' }, { email: 'nobody@x.test' }, { email: 'p9@x.test' }],
      { key: ['email'], columns: ['id', 'email'] },
    );
    expect(sorted(byEmail)).toEqual([
      { id: 7, email: 'p7@x.test' },
      { id: 9, email: 'p9@x.test' },
    ]);
    const byPair = await t.store.findByKeys(
      'Person',
      [
        { name: 'Name 5', born: '1980-05-06' },
        { name: 'Name 6', born: '1999-01-01' },
      ],
      { key: ['born', 'name'], columns: ['id'] },
    );
    expect(byPair).toEqual([{ id: 5 }]);
  });

  it('sees the rows its transaction has written', async () => {
    const seen = await t.store.transaction(async (tx) => {
      await tx.upsert('Person', [person(5000)]);
      return tx.findByKeys('Person', [{ id: 5000 }], { columns: ['name'] });
    });
    expect(seen).toEqual([{ name: 'Name 5000' }]);
  });

  it('refuses a key that is not a key, or a value its column cannot hold, naming it', async () => {
    await expect(
      t.store.findByKeys('Person', [{ name: 'Name 1' }], { key: ['name'] }),
    ).rejects.toMatchObject({ code: 'BAD_DEFINITION', message: expect.stringContaining('(name)') });
    // A value longer than its column is refused, never cut down to a key it is not.
    await expect(
      t.store.findByKeys(
        'Person',
        [{ email: 'p1@x.test' }, { email: `${'x'.repeat(40)}@x.test` }],
        {
          key: ['email'],
        },
      ),
    ).rejects.toMatchObject({
      code: 'BAD_VALUE',
      message: expect.stringContaining("Table 'Person', row 2, column 'email'"),
    });
    await expect(t.store.findByKeys('Nobody', [{ id: 1 }])).rejects.toMatchObject({
      code: 'UNKNOWN_TABLE',
    });
  });
});
