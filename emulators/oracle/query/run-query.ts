import type { OracleObjectStore } from '../data/object-store';
import { orderOf, type RecordTest } from './evaluate';

export interface SortKey {
  field: string;
  descending: boolean;
}

export interface QueryPlan {
  store: OracleObjectStore;
  /** Null: every live record. */
  test: RecordTest | null;
  sort: readonly SortKey[];
  startRow: number;
  pageSize: number;
  /** Count every match (`recordcountneeded`), not just enough to know the page is the last. */
  countNeeded: boolean;
}

export interface QueryPage {
  refs: number[];
  lastPage: boolean;
  /** Set when the plan asked for it. */
  recordCount: number | null;
}

/**
 * Runs a query over the live records. Unsorted, records come in row-id (creation) order and
 * the scan stops one match past the page unless a count is wanted; sorted, every match is
 * ranked first.
 */
export function runQuery(plan: QueryPlan): QueryPage {
  const { store, test, startRow, pageSize } = plan;
  const reader = store.reader();
  const end = startRow + pageSize;
  const matches = (ref: number) => !store.isDeleted(ref) && (!test || test(reader.at(ref)));
  if (plan.sort.length === 0) {
    const refs: number[] = [];
    let seen = 0;
    for (let ref = 0; ref < store.size; ref++) {
      if (!matches(ref)) continue;
      if (seen >= startRow && seen < end) refs.push(ref);
      seen++;
      if (seen > end && !plan.countNeeded) break;
    }
    return { refs, lastPage: seen <= end, recordCount: plan.countNeeded ? seen : null };
  }
  const ranked: { ref: number; keys: ReturnType<typeof reader.read>[] }[] = [];
  for (let ref = 0; ref < store.size; ref++)
    if (matches(ref))
      ranked.push({ ref, keys: plan.sort.map((key) => reader.at(ref).read(key.field)) });
  ranked.sort((a, b) => {
    for (const [i, key] of plan.sort.entries()) {
      const order = orderOf(a.keys[i] ?? null, b.keys[i] ?? null);
      if (order !== 0) return key.descending ? -order : order;
    }
    return a.ref - b.ref;
  });
  return {
    refs: ranked.slice(startRow, end).map((entry) => entry.ref),
    lastPage: ranked.length <= end,
    recordCount: plan.countNeeded ? ranked.length : null,
  };
}
