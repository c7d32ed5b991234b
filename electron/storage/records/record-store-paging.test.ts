import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageAnchor, RecordRow, SortKey } from '../../../shared/domain/records';
import {
  engines,
  openTestRecordStore,
  type TestRecordStore,
} from '../../test-support/record-stores';
import { bookmarkEvery } from './sql/page-bookmarks';

const rowCount = bookmarkEvery * 2 + 500;
/** Scores repeat and a tenth are empty, so ties and nulls cross page and bookmark boundaries. */
const row = (id: number): RecordRow => ({
  id,
  score: id % 10 === 3 ? null : (id * 7919) % 97,
  city: ['Paris', 'Lyon', 'Oslo'][id % 3] as string,
});

/** The order the store promises: the sort column (nulls first ascending), then the key. */
function expectedOrder(rows: readonly RecordRow[], sort?: SortKey): number[] {
  const score = (r: RecordRow) => (r.score === null ? -1 : (r.score as number));
  const sign = sort?.descending ? -1 : 1;
  return [...rows]
    .sort((a, b) =>
      sort ? sign * (score(a) - score(b) || (a.id as number) - (b.id as number)) : 0,
    )
    .sort((a, b) => (sort ? 0 : (a.id as number) - (b.id as number)))
    .map((r) => r.id as number);
}

describe.each(engines)('keyset paging on %s', (engine) => {
  let t: TestRecordStore;
  const rows = Array.from({ length: rowCount }, (_, i) => row(i + 1));
  beforeAll(async () => {
    t = await openTestRecordStore(engine);
    await t.store.ensureTable({
      name: 'Visit',
      label: 'Visits',
      key: ['id'],
      columns: [
        { name: 'id', label: 'Id', type: 'long' },
        { name: 'score', label: 'Score', type: 'short' },
        { name: 'city', label: 'City', type: 'string' },
      ],
    });
    await t.store.upsert('Visit', rows);
  });
  afterAll(() => t.dispose());

  const page = (offset: number, sort?: SortKey, after?: PageAnchor) =>
    t.store.readPage({
      table: 'Visit',
      offset,
      limit: 50,
      ...(sort ? { sort: [sort] } : {}),
      ...(after ? { after } : {}),
    });
  const ids = async (offset: number, sort?: SortKey, after?: PageAnchor) =>
    (await page(offset, sort, after)).map((r) => r.id);

  it.each([
    ['the key', undefined],
    ['a column with nulls, ascending', { column: 'score', descending: false }],
    ['a column with nulls, descending', { column: 'score', descending: true }],
  ])('reads deep pages sorted by %s as OFFSET would', async (_, sort) => {
    const order = expectedOrder(rows, sort);
    for (const offset of [
      0,
      bookmarkEvery - 1,
      bookmarkEvery,
      bookmarkEvery * 2 + 3,
      rowCount - 20,
    ])
      expect(await ids(offset, sort)).toEqual(order.slice(offset, offset + 50));
  });

  it('reads on from the row the grid says it jumps from, nulls and ties included', async () => {
    for (const sort of [
      { column: 'score', descending: false },
      { column: 'score', descending: true },
    ]) {
      const order = expectedOrder(rows, sort);
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const from of [0, 3, 12_345]) {
        const values = byId.get(order[from] as number) as RecordRow;
        const anchor = {
          row: from,
          values: { id: values.id ?? null, score: values.score ?? null },
        };
        expect(await ids(from + 1, sort, anchor)).toEqual(order.slice(from + 1, from + 51));
        expect(await ids(from + 200, sort, anchor)).toEqual(order.slice(from + 200, from + 250));
      }
    }
  });

  it('sees a write before a deep page, and refuses an anchor of the wrong type', async () => {
    const sort = { column: 'score', descending: false };
    const before = await ids(bookmarkEvery * 2, sort);
    await t.store.upsert('Visit', [{ id: 0, score: null, city: 'Rome' }]);
    expect(await ids(bookmarkEvery * 2 + 1, sort)).toEqual(before);
    await t.store.deleteByKeys('Visit', [{ id: 0 }]);
    await expect(
      page(100, sort, { row: 10, values: { id: 1, score: 'high' } }),
    ).rejects.toMatchObject({ code: 'BAD_VALUE' });
  });
});
