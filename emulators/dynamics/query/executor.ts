import type { EntityStore } from '../data/entity-store';
import { compareValues, matches, type FilterNode } from './filter';
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
    const read = (name: string) => reader.read(name);
    const live = (ref: number) => {
      if (store.isDeleted(ref)) return false;
      if (query.filter === null) return true;
      // Placed once per row, so that a filter naming a column many times reads it once.
      reader.at(ref);
      return matches(query.filter, read);
    };
    const seek = seekRefs(store, query.filter);
    const scan = (from: number) =>
      seek ? seek.filter((ref) => ref >= from) : range(from, store.size);
    const limit = Math.min(page.size, query.top ?? Infinity);
    const result: QueryPage = { refs: [], more: false };
    if (query.count) result.count = countMatches(scan(0), live);
    if (query.orderBy.length === 0) {
      for (const ref of scan(page.afterRef === null ? 0 : page.afterRef + 1)) {
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
      scan(0),
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
    candidates: Iterable<number>,
    live: (ref: number) => boolean,
    key: string,
  ): number[] {
    if (this.sorted?.key === key) return this.sorted.refs;
    const reader = store.reader();
    const rows: { ref: number; values: ReturnType<typeof reader.read>[] }[] = [];
    for (const ref of candidates) {
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
  candidates: Iterable<number>,
  live: (ref: number) => boolean,
): { value: number; limitExceeded: boolean } {
  let value = 0;
  for (const ref of candidates) {
    if (!live(ref)) continue;
    if (value === countLimit) return { value, limitExceeded: true };
    value++;
  }
  return { value, limitExceeded: false };
}

function* range(from: number, to: number): Generator<number> {
  for (let ref = from; ref < to; ref++) yield ref;
}

/**
 * The only rows a filter can match when it names rows by primary id (`id eq a or id eq b`,
 * possibly within an `and`), in id order: the seek the service's clustered key gives instead
 * of a scan. Null when the filter needs a scan; the rows found are still checked against it.
 */
function seekRefs(store: EntityStore, filter: FilterNode | null): number[] | null {
  const seek = (node: FilterNode): number[] | null => {
    if (node.kind === 'and') return seek(node.left) ?? seek(node.right);
    if (node.kind === 'or') {
      const left = seek(node.left);
      const right = left && seek(node.right);
      return left && right ? [...left, ...right] : null;
    }
    if (
      node.kind === 'compare' &&
      node.op === 'eq' &&
      node.column.attribute.name === store.spec.primaryIdAttribute &&
      typeof node.value === 'string'
    ) {
      const ref = store.anyRefOf(node.value);
      return ref === null ? [] : [ref];
    }
    return null;
  };
  const refs = filter && seek(filter);
  return refs && [...new Set(refs)].sort((a, b) => a - b);
}
