import type { RecordRow } from '../../../shared/domain/records';

export interface PageLoaderOptions {
  /** Rows per request. */
  pageSize: number;
  /** Pages kept in memory; the least recently shown go first. */
  maxPages: number;
  /** Requests out at once, stale ones included: the database works through them one by one. */
  maxInFlight: number;
  /** Adjacent pages missing on screen go in one request of up to this many pages. */
  maxPagesPerRequest: number;
  /**
   * Rows from `offset`; `after` is the nearest row before them the loader holds (its index and
   * values), so the database reads on from it rather than counting every row from the first.
   */
  fetchPage(offset: number, limit: number, after?: LoadedRow): Promise<RecordRow[]>;
  /** A page of the current query arrived, or the rows on screen changed. */
  onChange(): void;
  onError(error: unknown): void;
}

export interface LoadedRow {
  row: number;
  values: RecordRow;
}

interface Range {
  first: number;
  last: number;
}

/**
 * The rows of one query, fetched page by page as they come into view, never all of them.
 * A jump fetches only the pages on screen (plus one either side), at most `maxInFlight` requests
 * run at once, and a page requested for an older query is dropped when it arrives.
 */
export class PageLoader {
  private generation = 0;
  /** Map order is recency: a page shown again moves to the end. */
  private readonly pages = new Map<number, RecordRow[]>();
  private readonly pending = new Set<number>();
  private readonly failed = new Set<number>();
  private inFlight = 0;
  private visible: Range | null = null;
  private rowCount: number | null = null;

  constructor(private readonly options: PageLoaderOptions) {}

  /**
   * A new query (filter or sort): forget every page and fetch those on screen again. The count
   * stays when the query cannot change it (a sort).
   */
  reset(rowCount: number | null = null): void {
    this.generation++;
    this.pages.clear();
    this.pending.clear();
    this.failed.clear();
    this.rowCount = rowCount;
    this.pump();
  }

  /** Another table: nothing is on screen until the grid says what is. */
  clear(): void {
    this.visible = null;
    this.reset();
  }

  /** The total, once counted: no page past the end is asked for. */
  setRowCount(count: number | null): void {
    this.rowCount = count;
    this.pump();
  }

  /** The rows on screen changed (first and last index, inclusive). */
  show(first: number, last: number): void {
    this.visible = { first: Math.max(0, first), last: Math.max(first, last) };
    for (const page of this.visiblePages()) {
      const rows = this.pages.get(page);
      if (rows) {
        this.pages.delete(page);
        this.pages.set(page, rows);
      }
    }
    this.pump();
  }

  row(index: number): RecordRow | undefined {
    const { pageSize } = this.options;
    return this.pages.get(Math.floor(index / pageSize))?.[index % pageSize];
  }

  /** Whether every row on screen has arrived. */
  get visibleLoaded(): boolean {
    return this.visiblePages().every((p) => this.pages.has(p) || this.failed.has(p));
  }

  get cachedPages(): number {
    return this.pages.size;
  }

  private lastPage(): number {
    if (this.rowCount === null) return Number.POSITIVE_INFINITY;
    return Math.ceil(this.rowCount / this.options.pageSize) - 1;
  }

  private visiblePages(): number[] {
    if (!this.visible) return [];
    const { pageSize } = this.options;
    const first = Math.floor(this.visible.first / pageSize);
    const last = Math.min(Math.floor(this.visible.last / pageSize), this.lastPage());
    const out: number[] = [];
    for (let p = first; p <= last; p++) out.push(p);
    return out;
  }

  /** The next page and the previous one, once those on screen are in: scrolling stays smooth. */
  private neighbours(visible: readonly number[]): number[] {
    if (visible.length === 0) return [];
    const next = (visible.at(-1) as number) + 1;
    const previous = (visible[0] as number) - 1;
    return [next, previous].filter((p) => p >= 0 && p <= this.lastPage());
  }

  private pump(): void {
    const visible = this.visiblePages();
    const missing = (page: number) =>
      !this.pages.has(page) && !this.pending.has(page) && !this.failed.has(page);
    // Prefetching waits until the screen is served, so that a jump gets the database to itself.
    const screenServed = visible.every((p) => this.pages.has(p) || this.failed.has(p));
    const wanted = (screenServed ? this.neighbours(visible) : visible).filter(missing);
    for (const run of runs(wanted, this.options.maxPagesPerRequest)) {
      if (this.inFlight >= this.options.maxInFlight) return;
      this.fetch(run);
    }
  }

  /** One request for consecutive pages: an offset far down costs the database once, not twice. */
  private fetch(run: readonly number[]): void {
    const generation = this.generation;
    const { pageSize } = this.options;
    const first = run[0] as number;
    for (const page of run) this.pending.add(page);
    this.inFlight++;
    this.options.fetchPage(first * pageSize, run.length * pageSize, this.before(first)).then(
      (rows) =>
        this.settle(generation, run, () =>
          run.forEach((page, i) => this.store(page, rows.slice(i * pageSize, (i + 1) * pageSize))),
        ),
      (error: unknown) =>
        this.settle(generation, run, () => {
          for (const page of run) this.failed.add(page);
          this.options.onError(error);
        }),
    );
  }

  /** The last row of the nearest page held before `page`, the one a jump is read on from. */
  private before(page: number): LoadedRow | undefined {
    let nearest = -1;
    for (const held of this.pages.keys()) if (held < page && held > nearest) nearest = held;
    const rows = this.pages.get(nearest);
    const values = rows?.at(-1);
    if (!rows || !values) return undefined;
    return { row: nearest * this.options.pageSize + rows.length - 1, values };
  }

  private settle(generation: number, run: readonly number[], apply: () => void): void {
    this.inFlight--;
    if (generation === this.generation) {
      for (const page of run) this.pending.delete(page);
      apply();
      this.options.onChange();
    }
    this.pump();
  }

  private store(page: number, rows: RecordRow[]): void {
    this.pages.set(page, rows);
    const onScreen = new Set(this.visiblePages());
    for (const old of this.pages.keys()) {
      if (this.pages.size <= this.options.maxPages) break;
      if (!onScreen.has(old)) this.pages.delete(old);
    }
  }
}

/** Splits ascending page numbers into runs of consecutive pages, `max` pages at most each. */
function runs(pages: readonly number[], max: number): number[][] {
  const out: number[][] = [];
  for (const page of pages) {
    const last = out.at(-1);
    const previous = last?.at(-1);
    if (last && previous === page - 1 && last.length < max) last.push(page);
    else out.push([page]);
  }
  return out;
}
