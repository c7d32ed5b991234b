import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordFilter, RecordRow, SortKey } from '../../../shared/domain/records';
import {
  engines,
  openTestRecordStore,
  type TestRecordStore,
} from '../../test-support/record-stores';
import { bookmarkEvery } from './sql/page-bookmarks';

const rowCount = bookmarkEvery * 2 + 700;
/** A tenth of the scores empty, many repeated: the nulls and ties span several pages. */
const row = (id: number): RecordRow => ({
  id,
  score: id % 10 === 3 ? null : (id * 7919) % 97,
  city: ['Paris', 'Lyon', 'Oslo'][id % 3] as string,
});

function expectedOrder(rows: readonly RecordRow[], sort?: SortKey): number[] {
  const score = (r: RecordRow) => (r.score === null ? -1 : (r.score as number));
  const sign = sort?.descending ? -1 : 1;
  const byKey = (a: RecordRow, b: RecordRow) => (a.id as number) - (b.id as number);
  return [...rows]
    .sort((a, b) => (sort ? sign * (score(a) - score(b) || byKey(a, b)) : byKey(a, b)))
    .map((r) => r.id as number);
}

const sorts: [string, SortKey | undefined][] = [
  ['the key', undefined],
  ['a column with nulls, ascending', { column: 'score', descending: false }],
  ['a column with nulls, descending', { column: 'score', descending: true }],
];

describe.each(engines)('jumps far into a table on %s', (engine) => {
  let t: TestRecordStore;
  let rows = Array.from({ length: rowCount }, (_, i) => row(i + 1));
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

  const ids = async (offset: number, sort?: SortKey, filter?: RecordFilter) =>
    (
      await t.store.readPage({
        table: 'Visit',
        offset,
        limit: 50,
        ...(sort ? { sort: [sort] } : {}),
        ...(filter ? { filter } : {}),
      })
    ).map((r) => r.id);

  it.each(sorts)(
    'reads a page near the end, counted from the last row, as OFFSET would (by %s)',
    async (_, sort) => {
      expect(await t.store.count('Visit')).toBe(rows.length);
      const order = expectedOrder(rows, sort);
      for (const offset of [rows.length - 30, rows.length - 1_234, bookmarkEvery * 2, 12_345])
        expect(await ids(offset, sort)).toEqual(order.slice(offset, offset + 50));
    },
  );

  it('counts a filtered query apart from the whole table', async () => {
    const filter: RecordFilter = {
      combinator: 'and',
      conditions: [{ column: 'city', operator: 'eq', value: 'Paris' }],
    };
    const paris = rows.filter((r) => r.city === 'Paris');
    expect(await t.store.count('Visit')).toBe(rows.length);
    expect(await t.store.count('Visit', filter)).toBe(paris.length);
    const sort = { column: 'score', descending: true };
    const order = expectedOrder(paris, sort);
    const offset = paris.length - 100;
    expect(await ids(offset, sort, filter)).toEqual(order.slice(offset, offset + 50));
  });

  it('reads across the nulls and the values from an anchor far before the page', async () => {
    for (const sort of sorts.map(([, s]) => s).filter((s) => s !== undefined)) {
      const order = expectedOrder(rows, sort);
      const byId = new Map(rows.map((r) => [r.id, r]));
      // The last null ascending, or the last value before the nulls descending.
      const from = sort.descending
        ? order.findIndex((id) => byId.get(id)?.score === null) - 40
        : 2_000;
      const values = byId.get(order[from] as number) as RecordRow;
      const after = { row: from, values: { id: values.id ?? null, score: values.score ?? null } };
      const page = await t.store.readPage({
        table: 'Visit',
        offset: from + 300,
        limit: 50,
        sort: [sort],
        after,
      });
      expect(page.map((r) => r.id)).toEqual(order.slice(from + 300, from + 350));
    }
  });

  it('forgets the count and the rows found when the table is written', async () => {
    const sort = { column: 'score', descending: false };
    expect(await t.store.count('Visit')).toBe(rows.length);
    const before = await ids(rows.length - 500, sort);
    const added = Array.from({ length: 300 }, (_, i) => row(rowCount + i + 1));
    await t.store.upsert('Visit', added);
    await t.store.deleteByKeys('Visit', [{ id: 5 }, { id: 13 }]);
    rows = [...rows, ...added].filter((r) => r.id !== 5 && r.id !== 13);
    const order = expectedOrder(rows, sort);
    expect(await ids(rows.length - 500, sort)).toEqual(
      order.slice(rows.length - 500, rows.length - 450),
    );
    expect(await ids(rows.length - 500, sort)).not.toEqual(before);
  });
});
