import { describe, expect, it } from 'vitest';
import { Org } from './org';

const anchor = Date.parse('2026-03-02T12:00:00Z');
const org = (seed: number, records = 60) =>
  new Org({ seed, records, anchor, username: 'admin@x.example' });

/** Every field of the first records of every object, as the store reads them. */
function snapshot(target: Org): Record<string, unknown[]> {
  return Object.fromEntries(
    target.stores().map((store) => {
      const reader = store.reader();
      const rows = Array.from({ length: store.generatedCount }, (_, ref) => {
        reader.at(ref);
        return store.spec.fields.map((field) => reader.read(field.name));
      });
      return [store.name, rows];
    }),
  );
}

describe('generated org data', () => {
  it('is the same for the same seed and differs for another', () => {
    const first = snapshot(org(42));
    expect(snapshot(org(42))).toEqual(first);
    const other = snapshot(org(43));
    expect(other.Contact).not.toEqual(first.Contact);
    expect(other.Account).not.toEqual(first.Account);
  });

  it('computes any record on demand, whatever the size, without the ones before it', () => {
    const small = org(7, 100);
    const large = org(7, 5_000_000);
    const read = (target: Org, ref: number) => {
      const store = target.store('Lead');
      const reader = store?.reader().at(ref);
      return ['LastName', 'Company', 'Email', 'CreatedDate'].map((field) => reader?.read(field));
    };
    expect(read(large, 42)).toEqual(read(small, 42));
    expect(read(large, 4_999_999)[0]).toEqual(expect.any(String));
  });

  it('dates records in the past, changes after creation, deletions in the last 28 days', () => {
    const target = org(1, 2000);
    const store = target.store('Contact');
    const reader = store?.reader();
    let deleted = 0;
    for (let ref = 0; ref < 2000; ref++) {
      reader?.at(ref);
      const created = Number(reader?.read('CreatedDate'));
      const modified = Number(reader?.read('LastModifiedDate'));
      expect(created).toBeLessThanOrEqual(modified);
      expect(modified).toBeLessThanOrEqual(anchor);
      expect(Number(reader?.read('SystemModstamp'))).toBeGreaterThanOrEqual(modified);
      const deletedAt = store?.deletedDate(ref);
      if (deletedAt != null) {
        deleted++;
        expect(anchor - deletedAt).toBeLessThanOrEqual(28 * 24 * 3600 * 1000);
        expect(reader?.read('IsDeleted')).toBe(true);
      }
    }
    expect(deleted).toBeGreaterThan(15);
    expect(deleted).toBeLessThan(70);
  });

  it('gives the API user the configured username and ties references to existing records', () => {
    const target = org(3);
    expect(target.store('User')?.reader().at(0).read('Username')).toBe('admin@x.example');
    const contacts = target.store('Contact');
    const reader = contacts?.reader();
    for (let ref = 0; ref < 60; ref++) {
      const accountId = reader?.at(ref).read('AccountId');
      if (typeof accountId !== 'string') continue;
      expect(target.storeForId(accountId)?.name).toBe('Account');
      expect(target.store('Account')?.refOf(accountId)).not.toBeNull();
    }
  });
});
