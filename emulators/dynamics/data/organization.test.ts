import { describe, expect, it } from 'vitest';
import { Organization } from './organization';
import { parseRowGuid } from './guids';

const anchor = Date.parse('2026-03-02T12:00:00Z');
const organization = (seed: number, records: number) =>
  new Organization({ seed, records, anchor, username: 'admin@x.example' });

function rows(target: Organization, entity: string, count: number): unknown[][] {
  const store = target.entity(entity);
  if (!store) throw new Error(`no ${entity}`);
  const reader = store.reader();
  return Array.from({ length: count }, (_, ref) => {
    reader.at(ref);
    return store.spec.attributes.map((attribute) => reader.read(attribute.name));
  });
}

describe('generated organization data', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(rows(organization(5, 40), 'contact', 40)).toEqual(
      rows(organization(5, 40), 'contact', 40),
    );
    expect(rows(organization(6, 40), 'contact', 40)).not.toEqual(
      rows(organization(5, 40), 'contact', 40),
    );
  });

  it('computes any row of a million on demand, and finds it by id and by alternate key', () => {
    const large = organization(5, 1_000_000);
    const contacts = large.entity('contact');
    const last = contacts?.reader().at(999_999);
    expect(last?.read('new_externalid')).toBe('C-01000000');
    const id = String(last?.read('contactid'));
    expect(parseRowGuid(id)).toEqual({ objectTypeCode: 2, position: 999_999 });
    expect(contacts?.refOf(id)).toBe(999_999);
    const key = contacts?.spec.alternateKeys?.[0];
    expect(key && contacts?.findByKey(key, ['c-00999999'])).toBe(999_998);
    expect(large.entityOfId(id)?.name).toBe('contact');
    // The same row in a small organization of the same seed: records are independent of the count.
    expect(organization(5, 10).entity('contact')?.reader().at(3).read('lastname')).toBe(
      contacts?.reader().at(3).read('lastname'),
    );
  });
});
