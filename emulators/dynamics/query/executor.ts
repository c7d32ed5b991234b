import type { EntityStore } from '../data/entity-store';
import { compareValues, matches } from './filter';
import type { EntityQuery } from './query-options';

/** Dataverse counts up to this many rows for `$count=true`. */
export const countLimit = 5000;

export interface PageRequest {
  size: number;
  /** The last row of the previous page, from the paging cookie. */
  afterRef: number | null;
}

export interface QueryPage {
  refs: number[];
  /** The next page's first row exists. */
  more: boolean;
  /** With `$count=true`: the matching rows, up to `countLimit`. */
  count?: { value: number; limitExceeded: boolean };
}

interface SortedCache {
  key: string;
  refs: number[];
}

/**
 * Runs a query on one entity. In id order (no `$orderby`) it scans on from the previous page's
 * last row, reading no more rows than the page needs; with `$orderby` it sorts the matching
 * rows once and keeps the order for the following pages while the data does not change.
 */
export class QueryExecutor {
  private sorted: SortedCache | null = null;

  run(store: EntityStore, query: EntityQuery, page: PageRequest, cacheKey: string): QueryPage {
    const reader = store.reader();
    const live = (ref: number) =>
      !store.isDeleted(ref) &&
      (query.filter === null || matches(query.filter, (name) => reader.at(ref).read(name)));
    const limit = Math.min(page.size, query.top ?? Infinity);
    const result: QueryPage = { refs: [], more: false };
    if (query.count) result.count = countMatches(store, live);
    if (query.orderBy.length === 0) {
      const start = page.afterRef === null ? 0 : page.afterRef + 1;
      for (let ref = start; ref < store.size; ref++) {
        if (!live(ref)) continue;
        if (result.refs.length === limit) {
          result.more = query.top === null;
          break;
        }
        result.refs.push(ref);
      }
      return result;
    }
    const order = this.sortedRefs(
      store,
      query,
      live,
      `${cacheKey}|${store.size}|${store.writeCount}`,
    );
    const from = page.afterRef === null ? 0 : order.indexOf(page.afterRef) + 1;
    result.refs = order.slice(from, from + limit);
    result.more = query.top === null && from + limit < order.length;
    return result;
  }

  private sortedRefs(
    store: EntityStore,
    query: EntityQuery,
    live: (ref: number) => boolean,
    key: string,
  ): number[] {
    if (this.sorted?.key === key) return this.sorted.refs;
    const reader = store.reader();
    const rows: { ref: number; values: ReturnType<typeof reader.read>[] }[] = [];
    for (let ref = 0; ref < store.size; ref++) {
      if (!live(ref)) continue;
      reader.at(ref);
      rows.push({
        ref,
        values: query.orderBy.map((term) => reader.read(term.column.attribute.name)),
      });
    }
    rows.sort((a, b) => {
      for (let i = 0; i < query.orderBy.length; i++) {
        const order = compareValues(a.values[i] ?? null, b.values[i] ?? null);
        if (order !== 0) return query.orderBy[i]?.descending ? -order : order;
      }
      return a.ref - b.ref;
    });
    const refs = rows.map((row) => row.ref);
    this.sorted = { key, refs };
    return refs;
  }
}

function countMatches(
  store: EntityStore,
  live: (ref: number) => boolean,
): { value: number; limitExceeded: boolean } {
  let value = 0;
  for (let ref = 0; ref < store.size; ref++) {
    if (!live(ref)) continue;
    if (value === countLimit) return { value, limitExceeded: true };
    value++;
  }
  return { value, limitExceeded: false };
}
