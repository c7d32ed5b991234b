import { describe, expect, it } from 'vitest';
import { Org } from '../data/org';
import type { ObjectStore } from '../data/object-store';
import { runQuery } from './executor';
import { planQuery } from './plan';

const anchor = Date.parse('2026-03-02T12:00:00Z');
const dayMs = 86_400_000;
const soqlTime = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

function contacts(org: Org): ObjectStore {
  const store = org.store('Contact');
  if (!store) throw new Error('No Contact store.');
  return store;
}

/** The refs whose field lies in [from, to), read record by record: what a scan finds. */
function scanned(store: ObjectStore, field: string, from: number, to: number, deleted = false) {
  const reader = store.reader();
  const refs: number[] = [];
  for (let ref = 0; ref < store.size; ref++) {
    if (!deleted && store.isDeleted(ref)) continue;
    const at = reader.at(ref).read(field);
    if (typeof at === 'number' && at >= from && at < to) refs.push(ref);
  }
  return refs;
}

const windowQuery = (field: string, from: number, to: number, rest = '') =>
  `SELECT Id FROM Contact WHERE ${field} >= ${soqlTime(from)} AND ${field} < ${soqlTime(to)}${rest}`;

describe('the index on the audit dates', () => {
  const org = new Org({ seed: 5, records: 20_000, anchor, username: 'admin@x.example' });
  const store = contacts(org);
  const from = anchor - 3 * dayMs;
  const to = anchor - dayMs;

  it('answers a window on each audit date from the index, with what a scan finds', () => {
    for (const field of ['LastModifiedDate', 'SystemModstamp', 'CreatedDate']) {
      const plan = planQuery(windowQuery(field, from, to), org, anchor);
      expect(plan.timeRange).toEqual({ field, bounds: { from, to } });
      const indexed = store.refsByTime(field, { from, to });
      expect(indexed?.length).toBeLessThan(store.size / 4);
      const found = [...runQuery(plan, false).refs];
      expect(found.length).toBeGreaterThan(0);
      expect(found).toEqual(scanned(store, field, from, to));
    }
  });

  it('finds a record the API changed by its new date only, and one it created', () => {
    const moved = scanned(store, 'LastModifiedDate', from, to)[0] as number;
    const old = anchor - 300 * dayMs;
    const outside = scanned(store, 'LastModifiedDate', old, old + dayMs)[0] as number;
    store.update(moved, new Map([['Title', 'Moved out']]), 'user', anchor + dayMs);
    store.update(outside, new Map([['Title', 'Moved in']]), 'user', from + 1000);
    const created = store.create(new Map([['LastName', 'New']]), 'user', from + 2000);
    const found = [
      ...runQuery(planQuery(windowQuery('LastModifiedDate', from, to), org, anchor), false).refs,
    ];
    expect(found).toEqual(scanned(store, 'LastModifiedDate', from, to));
    expect(found).not.toContain(moved);
    expect(found).toContain(outside);
    expect(found).toContain(created);
    const count = planQuery(
      `SELECT COUNT() FROM Contact WHERE LastModifiedDate >= ${soqlTime(from)} AND LastModifiedDate < ${soqlTime(to)}`,
      org,
      anchor,
    );
    expect(runQuery(count, false).totalSize).toBe(found.length);
  });

  it('keeps the rest of the condition, deleted records, LIMIT and a descending id order', () => {
    const deleted = scanned(store, 'LastModifiedDate', from, to, true).filter((ref) =>
      store.isDeleted(ref),
    );
    expect(deleted.length).toBeGreaterThan(0);
    const all = [
      ...runQuery(planQuery(windowQuery('LastModifiedDate', from, to), org, anchor), true).refs,
    ];
    expect(all).toEqual(scanned(store, 'LastModifiedDate', from, to, true));
    const last = planQuery(
      windowQuery('LastModifiedDate', from, to, ' ORDER BY Id DESC LIMIT 3'),
      org,
      anchor,
    );
    expect([...runQuery(last, false).refs]).toEqual(
      scanned(store, 'LastModifiedDate', from, to).reverse().slice(0, 3),
    );
    const named = planQuery(
      windowQuery('LastModifiedDate', from, to, " AND LastName LIKE 'A%'"),
      org,
      anchor,
    );
    const reader = store.reader();
    expect([...runQuery(named, false).refs]).toEqual(
      scanned(store, 'LastModifiedDate', from, to).filter((ref) =>
        String(reader.at(ref).read('LastName')).toUpperCase().startsWith('A'),
      ),
    );
  });

  it('is not used for an OR, another field, or a range holding most of the records', () => {
    const either = planQuery(
      `SELECT Id FROM Contact WHERE LastModifiedDate >= ${soqlTime(from)} OR LastName = 'X'`,
      org,
      anchor,
    );
    expect(either.timeRange).toBeNull();
    const birth = planQuery(`SELECT Id FROM Contact WHERE Birthdate >= 2000-01-01`, org, anchor);
    expect(birth.timeRange).toBeNull();
    const wide = planQuery(windowQuery('LastModifiedDate', anchor - 800 * dayMs, to), org, anchor);
    expect(store.refsByTime('LastModifiedDate', { from: anchor - 800 * dayMs, to })).toBeNull();
    expect([...runQuery(wide, false).refs]).toEqual(
      scanned(store, 'LastModifiedDate', anchor - 800 * dayMs, to),
    );
  });
});
