import { describe, expect, it } from 'vitest';
import type { RecordRow } from '../../../shared/domain/records';
import { PageLoader, type LoadedRow } from './page-loader';

/** A fake database: requests wait until the test answers them. */
function setUp(options: { maxPages?: number; maxInFlight?: number; perRequest?: number } = {}) {
  const requests: {
    offset: number;
    limit: number;
    after: LoadedRow | undefined;
    answer(): void;
    fail(): void;
  }[] = [];
  const errors: unknown[] = [];
  let changes = 0;
  const loader = new PageLoader({
    pageSize: 10,
    maxPages: options.maxPages ?? 50,
    maxInFlight: options.maxInFlight ?? 2,
    maxPagesPerRequest: options.perRequest ?? 1,
    fetchPage: (offset, limit, after) =>
      new Promise<RecordRow[]>((resolve, reject) =>
        requests.push({
          offset,
          limit,
          after,
          answer: () => resolve(Array.from({ length: limit }, (_, i) => ({ id: offset + i }))),
          fail: () => reject(new Error('refused')),
        }),
      ),
    onChange: () => changes++,
    onError: (error) => errors.push(error),
  });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  const offsets = () => requests.map((r) => r.offset);
  const sizes = () => requests.map((r) => r.limit);
  return { loader, requests, errors, settle, offsets, sizes, changes: () => changes };
}

describe('PageLoader', () => {
  it('fetches the pages on screen, then prefetches the next one', async () => {
    const { loader, requests, settle, offsets } = setUp();
    loader.setRowCount(1000);
    loader.show(0, 14);
    expect(offsets()).toEqual([0, 10]);
    expect(loader.row(3)).toBeUndefined();
    expect(loader.visibleLoaded).toBe(false);
    requests[0]?.answer();
    await settle();
    // Nothing is prefetched while a page on screen is still missing.
    expect(offsets()).toEqual([0, 10]);
    requests[1]?.answer();
    await settle();
    expect(offsets()).toEqual([0, 10, 20]);
    expect(loader.row(3)).toEqual({ id: 3 });
    expect(loader.row(14)).toEqual({ id: 14 });
    expect(loader.visibleLoaded).toBe(true);
  });

  it('fetches only the pages on screen after a jump, not those it scrolled past', async () => {
    const { loader, requests, settle, offsets } = setUp({ maxInFlight: 1 });
    loader.setRowCount(1_000_000);
    loader.show(0, 9);
    loader.show(500_000, 500_009);
    loader.show(900_000, 900_009);
    expect(offsets()).toEqual([0]);
    requests[0]?.answer();
    await settle();
    expect(offsets()).toEqual([0, 900_000]);
    requests[1]?.answer();
    await settle();
    expect(loader.row(900_005)).toEqual({ id: 900_005 });
    // Then the neighbours of what is on screen, still not what was scrolled past.
    expect(offsets()).toEqual([0, 900_000, 900_010]);
  });

  it('says which row it jumps from: the last of the nearest page it holds before', async () => {
    const { loader, requests, settle } = setUp({ maxInFlight: 4 });
    const request = (offset: number) => requests.find((r) => r.offset === offset);
    const answer = async (offset: number) => {
      request(offset)?.answer();
      await settle();
    };
    loader.setRowCount(1_000_000);
    loader.show(0, 9);
    expect(request(0)?.after).toBeUndefined();
    await answer(0);
    loader.show(900_000, 900_009);
    expect(request(900_000)?.after).toEqual({ row: 9, values: { id: 9 } });
    await answer(900_000);
    await answer(10);
    loader.show(900_050, 900_059);
    expect(request(900_050)?.after).toEqual({ row: 900_009, values: { id: 900_009 } });
  });

  it('asks for adjacent missing pages in one request, and files its rows page by page', async () => {
    const { loader, requests, settle, offsets, sizes } = setUp({ perRequest: 3 });
    loader.setRowCount(1000);
    loader.show(895, 934);
    // Pages 89 to 93: one request for three, one for the other two.
    expect(offsets()).toEqual([890, 920]);
    expect(sizes()).toEqual([30, 20]);
    for (const r of requests) r.answer();
    await settle();
    expect(loader.row(899)).toEqual({ id: 899 });
    expect(loader.row(900)).toEqual({ id: 900 });
    expect(loader.row(934)).toEqual({ id: 934 });
    expect(loader.visibleLoaded).toBe(true);
  });

  it('asks for no page past the end once the count is known', async () => {
    const { loader, requests, settle, offsets } = setUp({ maxInFlight: 5 });
    loader.setRowCount(25);
    loader.show(10, 30);
    expect(offsets()).toEqual([10, 20]);
    for (const r of requests) r.answer();
    await settle();
    expect(offsets()).toEqual([10, 20, 0]);
  });

  it('drops the answer to a request made for an older query', async () => {
    const { loader, requests, settle, changes } = setUp();
    loader.show(0, 5);
    const before = changes();
    loader.reset();
    requests[0]?.answer();
    await settle();
    expect(loader.row(0)).toBeUndefined();
    expect(changes()).toBe(before);
    // The new query's own request for the same page arrives and is kept.
    const fresh = requests.at(-1);
    expect(fresh?.offset).toBe(0);
    fresh?.answer();
    await settle();
    expect(loader.row(0)).toEqual({ id: 0 });
  });

  it('keeps at most maxPages pages, forgetting the least recently shown', async () => {
    const { loader, requests, settle } = setUp({ maxPages: 2, maxInFlight: 1 });
    loader.setRowCount(30);
    for (const first of [0, 10, 20]) {
      loader.show(first, first + 9);
      for (const r of requests.splice(0)) r.answer();
      await settle();
      for (const r of requests.splice(0)) r.answer();
      await settle();
    }
    expect(loader.cachedPages).toBe(2);
    expect(loader.row(25)).toEqual({ id: 25 });
    expect(loader.row(5)).toBeUndefined();
  });

  it('reports a refused page once and does not ask for it again', async () => {
    const { loader, requests, errors, settle, offsets } = setUp({ maxInFlight: 1 });
    loader.setRowCount(10);
    loader.show(0, 5);
    requests[0]?.fail();
    await settle();
    loader.show(0, 6);
    expect(errors).toHaveLength(1);
    expect(offsets()).toEqual([0]);
    expect(loader.visibleLoaded).toBe(true);
  });
});
