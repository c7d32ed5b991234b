import { describe, expect, it } from 'vitest';
import { pagesAhead, type RowPage } from './pages-ahead';

/** A table of `total` rows read by row number; answers come back in the order `settle` says. */
function table(total: number) {
  const asked: number[] = [];
  const pending: { row: number; resolve: (page: RowPage<number>) => void }[] = [];
  const read = (row: number) => {
    asked.push(row);
    return new Promise<RowPage<number>>((resolve) => pending.push({ row, resolve }));
  };
  const settle = (row: number) => {
    const at = pending.findIndex((p) => p.row === row);
    const [p] = pending.splice(at, 1);
    const rows = Array.from({ length: Math.max(0, Math.min(10, total - row)) }, (_, i) => row + i);
    p?.resolve({ rows, last: row + 10 >= total });
  };
  return { asked, pending, read, settle };
}

describe('pages read ahead by row number', () => {
  it('keeps a window of pages asked for, hands them over in order, and asks none past the end', async () => {
    const t = table(45);
    const out: number[] = [];
    const reading = (async () => {
      for await (const page of pagesAhead(0, 10, 45, 3, t.read)) out.push(page.row);
    })();
    await Promise.resolve();
    expect(t.asked).toEqual([0, 10, 20]);
    // The third page answers first: nothing is handed over before the first.
    t.settle(20);
    t.settle(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(out).toEqual([0]);
    while (t.pending.length) {
      t.settle(t.pending[0]?.row ?? 0);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await reading;
    expect(out).toEqual([0, 10, 20, 30, 40]);
    expect(t.asked).toEqual([0, 10, 20, 30, 40]);
  });

  it('stops at the page that says it is the last when the total is not known', async () => {
    const t = table(25);
    const out: number[] = [];
    const reading = (async () => {
      for await (const page of pagesAhead(0, 10, null, 2, t.read)) out.push(...page.rows);
    })();
    while (out.length < 25) {
      await new Promise((resolve) => setImmediate(resolve));
      const first = t.pending[0];
      if (first) t.settle(first.row);
    }
    await reading;
    expect(out).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });
});
