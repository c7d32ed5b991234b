import type {
  PageAnchor,
  PageRequest,
  RecordFilter,
  RecordQuery,
  TableDefinition,
} from '../../../../shared/domain/records';
import { readRows } from './page-reader';
import type { SqlExecutor } from './sql-executor';
import { orderKeys, reversed } from './statements';

/**
 * A page this close to a row the reader has is read on from that row; farther, the store
 * first finds the row just before the page itself.
 */
export const bookmarkEvery = 10_000;
/** Queries whose bookmarks are kept; the least recently used go first. */
const maxQueries = 20;
const maxBookmarksPerQuery = 100;

/**
 * Where a deep page starts without reading every row before it. The row just before the page
 * is found by skipping rows on the sort index alone, (sort column, key), which holds nothing
 * else: from the nearest row already known (the reader's own, or one found by an earlier
 * jump), from the first row, or from the last one backwards when the query's count is known
 * and the page is nearer the end. The page is then read on from that row (keyset paging).
 * The rows found and the counts are kept per query; a write to the table through this store
 * forgets them, as they would no longer be where they were.
 */
export class PageBookmarks {
  private readonly byQuery = new Map<string, PageAnchor[]>();
  private readonly counts = new Map<string, number>();
  /** Bumped by every forget: a figure read across a write is not kept. */
  private generation = 0;

  constructor(private readonly db: SqlExecutor) {}

  /** Runs a count of `table`, keeping the figure so that a jump can count from the end. */
  async counted(table: string, filter: RecordFilter | undefined, count: () => Promise<number>) {
    const seen = this.generation;
    const n = await count();
    if (seen === this.generation) this.counts.set(countId(table, filter), n);
    return n;
  }

  /** The anchor to read `request` from: the reader's own, a known row, or one found now. */
  async nearest(table: TableDefinition, request: PageRequest): Promise<PageAnchor | undefined> {
    const given = request.after && request.after.row < request.offset ? request.after : undefined;
    if (request.offset - (given?.row ?? -1) <= bookmarkEvery || (request.sort?.length ?? 0) > 1)
      return given;
    const id = queryId(table.name, request);
    const seen = this.generation;
    let best = given;
    for (const anchor of this.byQuery.get(id) ?? [])
      if (anchor.row < request.offset && anchor.row > (best?.row ?? -1)) best = anchor;
    const target = request.offset - 1;
    const fromBest = target - (best?.row ?? -1);
    if (fromBest <= bookmarkEvery) return best;
    const columns = orderKeys(table, request.sort).map((k) => k.column);
    const total = this.counts.get(countId(table.name, request.filter));
    let found: PageAnchor['values'] | undefined;
    // A row found from the reader's own anchor is only as right as that anchor: not kept.
    let trusted = best === undefined || best !== given;
    if (total !== undefined && total > request.offset && total - request.offset < fromBest) {
      const backwards = { filter: request.filter, sort: reversed(table, request.sort), columns };
      [found] = await readRows(
        this.db,
        table,
        backwards,
        total - request.offset,
        1,
        undefined,
        true,
      );
      trusted = true;
    } else {
      const query: RecordQuery = { filter: request.filter, sort: request.sort, columns };
      [found] = await readRows(this.db, table, query, target, 1, best, true);
    }
    if (!found) return best;
    const anchor = { row: target, values: found };
    if (trusted && seen === this.generation) this.keep(id, anchor);
    return anchor;
  }

  forgetAll(): void {
    this.generation += 1;
    this.byQuery.clear();
    this.counts.clear();
  }

  /** Called after a write to `table`, once it is visible to the next read. */
  forget(table: string): void {
    this.generation += 1;
    const prefix = `${JSON.stringify(table)}:`;
    for (const map of [this.byQuery, this.counts])
      for (const id of map.keys()) if (id.startsWith(prefix)) map.delete(id);
  }

  private keep(id: string, anchor: PageAnchor): void {
    const anchors = this.byQuery.get(id) ?? [];
    this.byQuery.delete(id);
    anchors.push(anchor);
    if (anchors.length > maxBookmarksPerQuery) anchors.shift();
    this.byQuery.set(id, anchors);
    for (const old of this.byQuery.keys()) {
      if (this.byQuery.size <= maxQueries) break;
      this.byQuery.delete(old);
    }
  }
}

const countId = (table: string, filter: RecordFilter | undefined) =>
  `${JSON.stringify(table)}:${JSON.stringify(filter ?? null)}`;

const queryId = (table: string, query: RecordQuery) =>
  `${JSON.stringify(table)}:${JSON.stringify([query.filter ?? null, query.sort ?? null])}`;
