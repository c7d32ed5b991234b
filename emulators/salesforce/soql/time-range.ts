import type { TimeBounds } from '../../framework/time-index';
import type { ObjectStore } from '../data/object-store';
import type { Condition } from './ast';

/** A range on one of the object's audit dates that every selected record must lie in. */
export interface TimeRange {
  field: string;
  bounds: TimeBounds;
}

/**
 * The range a WHERE clause puts on an audit date (CreatedDate, LastModifiedDate,
 * SystemModstamp) through comparisons with datetime literals joined by AND at its top level:
 * what lets the org answer from its index instead of reading every record. The range may be
 * wider than the condition (`>` read as `>=`); the full condition is still applied to each
 * record found. Null when the clause sets no such range.
 */
export function timeRange(where: Condition | null, store: ObjectStore): TimeRange | null {
  if (!where) return null;
  const items = where.kind === 'and' ? where.items : [where];
  const ranges = new Map<string, TimeBounds>();
  for (const item of items) {
    if (item.kind !== 'compare' || item.value.kind !== 'datetime' || item.op === '!=') continue;
    const names = item.field.path;
    const name =
      names.length === 2 && names[0]?.toLowerCase() === store.name.toLowerCase()
        ? names[1]
        : names.length === 1
          ? names[0]
          : undefined;
    const field = name === undefined ? undefined : store.field(name);
    if (!field || field.type !== 'datetime') continue;
    const at = item.value.value;
    const bounds = ranges.get(field.name) ?? { from: null, to: null };
    if (item.op !== '<' && item.op !== '<=') bounds.from = Math.max(bounds.from ?? at, at);
    if (item.op !== '>' && item.op !== '>=') bounds.to = Math.min(bounds.to ?? at, at);
    ranges.set(field.name, bounds);
  }
  for (const [field, bounds] of ranges) if (store.hasTimeIndex(field)) return { field, bounds };
  return null;
}
