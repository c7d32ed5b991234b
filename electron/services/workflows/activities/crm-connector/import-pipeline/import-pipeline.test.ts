import { describe, expect, it } from 'vitest';
import type { RecordRow } from '../../../../../../shared/domain/records';
import type { CrmPage } from '../../../../../connectors/connector';
import { runImportPipeline, type StoreBatch } from './import-pipeline';
import { storeBatches } from './store-batches';

/**
 * The pipeline between a connector's pages and the record store. Its source here is a page
 * generator standing for a connector (the connectors' own tests read the emulators over real
 * sockets); its store resolves each batch on demand, so the order of events is the test's.
 */
const rowsOf = (page: number, count: number): RecordRow[] =>
  Array.from({ length: count }, (_, i) => ({ Id: `${page}-${i}`, n: i }));

/** Endless pages of `size` rows; `pulled` counts the pages asked for, `closed` the end. */
function endlessPages(size: number) {
  const state = { pulled: 0, closed: false };
  async function* pages(): AsyncGenerator<CrmPage> {
    try {
      for (let page = 0; ; page++) {
        state.pulled += 1;
        yield { rows: rowsOf(page, size), next: `after-${page}` };
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, pages: pages() };
}

/** A store whose calls wait until the test releases them, one by one. */
function storeOnDemand() {
  const stored: StoreBatch[] = [];
  const waiting: { batch: StoreBatch; release: (error?: Error) => void }[] = [];
  let called: () => void = () => undefined;
  return {
    stored,
    waiting,
    /** Resolves once `count` calls have been made in all. */
    calls(count: number): Promise<void> {
      return new Promise((resolve) => {
        called = () => {
          if (stored.length + waiting.length >= count) resolve();
        };
        called();
      });
    },
    store: (batch: StoreBatch) =>
      new Promise<void>((resolve, reject) => {
        waiting.push({
          batch,
          release: (error) => {
            if (error) reject(error);
            else {
              stored.push(batch);
              resolve();
            }
          },
        });
        called();
      }),
    releaseNext(error?: Error): void {
      waiting.shift()?.release(error);
    },
  };
}

/** Releases the store's calls until the pipeline has settled; tells whether it had. */
async function releaseUntilSettled(
  run: Promise<void>,
  store: ReturnType<typeof storeOnDemand>,
): Promise<void> {
  let settled = false;
  void run.then(
    () => (settled = true),
    () => (settled = true),
  );
  while (!settled) {
    store.releaseNext();
    await settle();
  }
}

/** Lets every piece of work already queued run (no timer: the turns of the event loop). */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 50; turn++) await new Promise((resolve) => setImmediate(resolve));
}

describe('import pipeline', () => {
  it('stops reading while the store is behind, and reads on as batches are committed', async () => {
    const source = endlessPages(100);
    const store = storeOnDemand();
    const stop = new AbortController();
    const run = runImportPipeline({
      pages: source.pages,
      convert: () => undefined,
      store: store.store,
      signal: stop.signal,
      batchRows: 100,
      ahead: 2,
    });
    await store.calls(1);
    await settle();
    // One batch in the store, two queued, one held by the reader: the source waits.
    const bound = source.state.pulled;
    expect(bound).toBeLessThanOrEqual(4);
    await settle();
    expect(source.state.pulled).toBe(bound);
    for (let released = 1; released <= 5; released++) {
      store.releaseNext();
      await store.calls(released + 1);
      await settle();
      expect(source.state.pulled).toBe(bound + released);
    }
    expect(store.stored.map((b) => b.next)).toEqual([0, 1, 2, 3, 4].map((p) => `after-${p}`));
    stop.abort(new Error('Stopped by the test.'));
    await releaseUntilSettled(run, store);
    await expect(run).rejects.toThrow('Stopped by the test.');
    expect(source.state.closed).toBe(true);
  });

  it('cancelled mid-stream, settles only once the batches read are committed, and closes the pages', async () => {
    const source = endlessPages(100);
    const store = storeOnDemand();
    const stop = new AbortController();
    let settled = false;
    const run = runImportPipeline({
      pages: source.pages,
      convert: () => undefined,
      store: store.store,
      signal: stop.signal,
      batchRows: 100,
      ahead: 2,
    }).finally(() => (settled = true));
    run.catch(() => undefined);
    await store.calls(1);
    store.releaseNext();
    await store.calls(2);
    await settle();
    stop.abort(new Error('Cancelled by the operator.'));
    await settle();
    // The second batch is still in the store: the pipeline waits for it.
    expect(settled).toBe(false);
    await releaseUntilSettled(run, store);
    await expect(run).rejects.toThrow('Cancelled by the operator.');
    expect(source.state.closed).toBe(true);
    const pulledAtEnd = source.state.pulled;
    // Every batch stored is a whole prefix of the pages, each with its cursor, none after.
    expect(store.stored.map((b) => b.next)).toEqual(store.stored.map((_, i) => `after-${i}`));
    expect(store.stored.length).toBeLessThanOrEqual(pulledAtEnd);
    await settle();
    expect(source.state.pulled).toBe(pulledAtEnd);
  });

  it('stopped while a page is on its way, stores the rows gathered and their cursor first', async () => {
    const stop = new AbortController();
    async function* pages(): AsyncGenerator<CrmPage> {
      yield { rows: rowsOf(0, 20), next: 'after-0' };
      // A page that never comes: only the signal ends the wait.
      await new Promise(() => undefined);
    }
    const stored: StoreBatch[] = [];
    const run = runImportPipeline({
      pages: pages(),
      convert: () => undefined,
      store: async (batch) => {
        stored.push(batch);
      },
      signal: stop.signal,
      batchRows: 100,
    });
    await settle();
    // 20 of a batch's 100 rows gathered: nothing stored yet.
    expect(stored).toEqual([]);
    stop.abort(new Error('Stopped by the service.'));
    await expect(run).rejects.toThrow('Stopped by the service.');
    expect(stored.map((b) => [b.rows.length, b.next])).toEqual([[20, 'after-0']]);
  });

  it('fails with the store’s error, reads no further and closes the pages', async () => {
    const source = endlessPages(100);
    const store = storeOnDemand();
    const run = runImportPipeline({
      pages: source.pages,
      convert: () => undefined,
      store: store.store,
      signal: new AbortController().signal,
      batchRows: 100,
    });
    run.catch(() => undefined);
    await store.calls(1);
    store.releaseNext();
    await store.calls(2);
    store.releaseNext(new Error('The disk is full.'));
    await expect(run).rejects.toThrow('The disk is full.');
    expect(source.state.closed).toBe(true);
    expect(store.stored).toHaveLength(1);
  });

  it('fails with the connector’s error once the pages read before it are stored', async () => {
    async function* pages(): AsyncGenerator<CrmPage> {
      yield { rows: rowsOf(0, 3), next: 'after-0' };
      yield { rows: rowsOf(1, 3), next: 'after-1' };
      throw new Error('The connection was cut.');
    }
    const stored: StoreBatch[] = [];
    await expect(
      runImportPipeline({
        pages: pages(),
        convert: () => undefined,
        store: async (batch) => {
          stored.push(batch);
        },
        signal: new AbortController().signal,
        batchRows: 10,
      }),
    ).rejects.toThrow('The connection was cut.');
    // Both pages in one batch, not yet full, stored with the cursor after the second.
    expect(stored.map((b) => [b.rows.length, b.next])).toEqual([[6, 'after-1']]);
  });
});

describe('store batches', () => {
  async function batchesOf(pages: CrmPage[], maxRows: number) {
    async function* source() {
      yield* pages;
    }
    const converted: number[] = [];
    const out: StoreBatch[] = [];
    for await (const batch of storeBatches(
      source(),
      (rows) => converted.push(rows.length),
      maxRows,
      new AbortController().signal,
    ))
      out.push(batch);
    return { out, converted };
  }

  it('gathers small pages, splits large ones, and checkpoints only the pages they complete', async () => {
    const { out, converted } = await batchesOf(
      [
        { rows: rowsOf(0, 3), next: 'a' },
        { rows: rowsOf(1, 3), next: 'b' },
        { rows: rowsOf(2, 12), next: 'c' },
        { rows: rowsOf(3, 1), next: null },
      ],
      5,
    );
    expect(out.map((b) => [b.rows.length, b.next])).toEqual([
      [5, 'a'],
      [5, 'b'],
      [5, undefined],
      // The last page's null supersedes 'c': both are committed by this batch.
      [4, null],
    ]);
    expect(converted).toEqual([5, 5, 5, 4]);
    expect(out.flatMap((b) => b.rows).map((r) => r.Id)).toEqual(
      [...rowsOf(0, 3), ...rowsOf(1, 3), ...rowsOf(2, 12), ...rowsOf(3, 1)].map((r) => r.Id),
    );
  });

  it('hands over the cursor of an empty last page', async () => {
    const { out } = await batchesOf([{ rows: [], next: null }], 5);
    expect(out).toEqual([{ rows: [], next: null }]);
  });
});
