import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  listAttributes,
  openOracle,
  queryPageV2Input,
  recordsOf,
  type OracleFixture,
} from '../test-support/oracle';
import { testAnchor } from '../test-support/salesforce';
import { Company } from './data/company';

const size = 1_000_000;
let fx: OracleFixture;
beforeAll(async () => {
  fx = await openOracle({ records: size, seed: 11 });
});
afterAll(() => fx.dispose());

const query = (...args: Parameters<typeof queryPageV2Input>) =>
  fx.soap(
    'urn:crmondemand/ws/ecbs/contact/:ContactQueryPage',
    fx.token,
    'ContactQueryPage_Input',
    queryPageV2Input(...args),
  );

describe('a million generated records per object', () => {
  it('pages them lazily, without building them in memory', async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const first = await query('Contact', { Id: '', ContactLastName: '' }, { pagesize: 100 });
    expect(recordsOf(first, 'Contact')).toHaveLength(100);
    expect(listAttributes(first, 'Contact').lastpage).toBe('false');
    const deep = await query('Contact', { Id: '' }, { pagesize: 100, startrownum: 900_000 });
    expect(recordsOf(deep, 'Contact')).toHaveLength(100);
    const counted = await query('Contact', { Id: '' }, { pagesize: 1, recordcountneeded: true });
    const live = Number(listAttributes(counted, 'Contact').recordcount);
    expect(live).toBeGreaterThan(size * 0.97);
    expect(live).toBeLessThan(size * 0.99);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(150 * 1024 * 1024);
  });

  it('serves the records its seed determines', async () => {
    const twin = new Company({
      seed: 11,
      records: size,
      anchor: testAnchor.getTime(),
      username: fx.ora.credentials.username,
      timeZone: fx.ora.timeZone,
    });
    const store = twin.store('Contact');
    const reader = store?.reader();
    const served = recordsOf(
      await query(
        'Contact',
        { Id: '', ContactLastName: '', ContactEmail: '' },
        { pagesize: 5, startrownum: 500_000 },
      ),
      'Contact',
    );
    expect(served).toHaveLength(5);
    for (const record of served) {
      reader?.at(store?.refOf(String(record.Id)) ?? -1);
      expect(record.ContactLastName).toBe(reader?.read('ContactLastName'));
      expect(record.ContactEmail ?? '').toBe(reader?.read('ContactEmail') ?? '');
    }
  });
});
