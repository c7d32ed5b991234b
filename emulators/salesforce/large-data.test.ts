import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSalesforce, testAnchor, type SalesforceFixture } from '../test-support/salesforce';
import { Org } from './data/org';
import { parseRecordId } from './ids';

const size = 1_000_000;
let f: SalesforceFixture;
beforeAll(async () => {
  f = await openSalesforce({ records: size, seed: 11 });
});
afterAll(() => f.dispose());

describe('a million generated records per object', () => {
  it('counts and pages them lazily, without building them in memory', async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const all = await f.conn.query('SELECT COUNT() FROM Contact', { scanAll: true });
    expect(all.totalSize).toBe(size);
    const deleted = await f.conn.query('SELECT COUNT() FROM Contact WHERE IsDeleted = true', {
      scanAll: true,
    });
    expect(deleted.totalSize).toBeGreaterThan(size * 0.01);
    expect(deleted.totalSize).toBeLessThan(size * 0.03);
    const live = await f.conn.query('SELECT COUNT() FROM Contact');
    expect(live.totalSize).toBe(size - deleted.totalSize);

    const last = await f.conn.query('SELECT Id, LastName FROM Contact ORDER BY Id DESC LIMIT 3');
    const positions = last.records.map((r) => parseRecordId(String(r.Id))?.position ?? -1);
    expect(positions[0]).toBeGreaterThan(size - 100);
    expect(positions).toEqual([...positions].sort((a, b) => b - a));

    const firstPage = await f.conn.query('SELECT Id FROM Contact');
    expect(firstPage.totalSize).toBe(live.totalSize);
    expect(firstPage.records).toHaveLength(2000);
    expect(firstPage.done).toBe(false);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(150 * 1024 * 1024);
  });

  it('serves the records its seed determines', async () => {
    const twin = new Org({
      seed: 11,
      records: size,
      anchor: testAnchor.getTime(),
      username: f.sf.credentials.username,
    });
    const store = twin.store('Contact');
    const reader = store?.reader();
    const served = await f.conn.query(
      'SELECT Id, LastName, Email, CreatedDate FROM Contact ORDER BY Id DESC LIMIT 5',
    );
    for (const record of served.records) {
      const ref = store?.refOf(String(record.Id)) ?? -1;
      reader?.at(ref);
      expect(record.LastName).toBe(reader?.read('LastName'));
      expect(record.Email).toBe(reader?.read('Email'));
      expect(Date.parse(String(record.CreatedDate).replace('+0000', 'Z'))).toBe(
        reader?.read('CreatedDate'),
      );
    }
  });
});
