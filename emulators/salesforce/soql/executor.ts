import { compareIds } from '../ids';
import type { FieldValue } from '../schema/field-spec';
import type { OrderKey, QueryPlan } from './plan';

/** The records a query selects, as store refs in answer order; ints keep millions cheap. */
export interface QueryResult {
  refs: Int32Array;
  totalSize: number;
}

/**
 * Runs a plan over the store, reading only the records an audit-date index names when the
 * condition bounds one (as a real org's query optimizer would). Without ORDER BY (or ordered by Id) it scans in id order — in
 * reverse for DESC — and stops as soon as LIMIT is reached; otherwise it sorts the matches.
 */
export function runQuery(plan: QueryPlan, includeDeleted: boolean): QueryResult {
  const { store, predicate, order, offset } = plan;
  const wanted = plan.limit === null ? Infinity : offset + plan.limit;
  const reader = store.reader();
  const idOnly = order.length === 0 || (order.length === 1 && isIdKey(order[0] as OrderKey));
  const matches = new RefList();
  const size = store.size;
  const descending = idOnly && order[0]?.descending === true;
  const keys: (readonly FieldValue[])[] = [];
  // The records an index on an audit date names, in id order; otherwise every record.
  const indexed = plan.timeRange
    ? store.refsByTime(plan.timeRange.field, plan.timeRange.bounds)
    : null;
  const count = indexed ? indexed.length : size;
  for (let i = 0; i < count && (!idOnly || matches.length < wanted); i++) {
    const at = descending ? count - 1 - i : i;
    const ref = indexed ? (indexed[at] as number) : at;
    if (!includeDeleted && store.isDeleted(ref)) continue;
    reader.at(ref);
    if (predicate && !predicate(reader)) continue;
    matches.push(ref);
    if (!idOnly) keys.push(order.map((key) => key.field.read(reader)));
  }
  let refs = matches.toArray();
  if (!idOnly) refs = sortRefs(refs, keys, order);
  const end = Math.min(refs.length, wanted);
  const page = refs.subarray(Math.min(offset, end), end);
  return { refs: page, totalSize: page.length };
}

function isIdKey(key: OrderKey): boolean {
  return key.field.hops.length === 0 && key.field.field.type === 'id';
}

function sortRefs(
  refs: Int32Array,
  keys: (readonly FieldValue[])[],
  order: readonly OrderKey[],
): Int32Array {
  const positions = Array.from({ length: refs.length }, (_, i) => i);
  positions.sort((a, b) => {
    for (let k = 0; k < order.length; k++) {
      const key = order[k] as OrderKey;
      const result = compareValues(
        (keys[a] as readonly FieldValue[])[k] ?? null,
        (keys[b] as readonly FieldValue[])[k] ?? null,
        key,
      );
      if (result !== 0) return result;
    }
    return (refs[a] as number) - (refs[b] as number);
  });
  return Int32Array.from(positions, (i) => refs[i] as number);
}

/** SOQL order: nulls first unless NULLS LAST (in either direction); text case-insensitive. */
function compareValues(a: FieldValue, b: FieldValue, key: OrderKey): number {
  if (a === null || b === null) {
    if (a === b) return 0;
    return (a === null) !== key.nullsLast ? -1 : 1;
  }
  let result: number;
  if (typeof a === 'string' && typeof b === 'string') {
    const type = key.field.field.type;
    result =
      type === 'id' || type === 'reference'
        ? compareIds(a, b)
        : a.toUpperCase() < b.toUpperCase()
          ? -1
          : a.toUpperCase() > b.toUpperCase()
            ? 1
            : 0;
  } else result = a < b ? -1 : a > b ? 1 : 0;
  return key.descending ? -result : result;
}

/** A growable list of int32 refs. */
class RefList {
  private data = new Int32Array(1024);
  length = 0;

  push(ref: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = ref;
  }

  toArray(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}
