import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrmField } from '../../../shared/domain/crm';
import type { RecordRow } from '../../../shared/domain/records';
import {
  startSalesforceEmulator,
  type SalesforceEmulator,
} from '../../../emulators/salesforce/emulator';
import type { CrmQuery } from '../connector';
import { trustAuthority } from '../tls-trust';
import { pagesAhead, SalesforceConnector } from './salesforce-connector';
import { emulatorLogin } from '../../test-support/emulator-login';

/** Import queries through jsforce against the Salesforce emulator (450 accounts). */
let sf: SalesforceEmulator;
let dataDir: string;
let connector: SalesforceConnector;
let fields: CrmField[];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'crm-query-test-'));
  sf = await startSalesforceEmulator({ dataDir, records: 450 });
  trustAuthority(sf.caPem);
  connector = await SalesforceConnector.connect(emulatorLogin(sf), sf.clock);
  fields = (await connector.describeTable('Account')).fields;
});
afterAll(async () => {
  await sf.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function collect(query: CrmQuery): Promise<{ pages: number[]; rows: RecordRow[] }> {
  const pages: number[] = [];
  const rows: RecordRow[] = [];
  for await (const page of connector.query(query, fields)) {
    pages.push(page.rows.length);
    rows.push(...page.rows);
  }
  return { pages, rows };
}

describe('Salesforce import query', () => {
  it('follows the paging to the end, with the page size asked for', async () => {
    const { pages, rows } = await collect({
      table: 'Account',
      fields: ['Id', 'Name'],
      pageSize: 200,
    });
    // 450 generated accounts, a few of them in the recycle bin.
    expect(pages.slice(0, 2)).toEqual([200, 200]);
    expect(pages).toHaveLength(3);
    expect(new Set(rows.map((r) => r.Id)).size).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(400);
    expect(rows.length).toBeLessThan(450);
    expect(Object.keys(rows[0] ?? {})).toEqual(['Id', 'Name']);
  });

  it('applies the filter, the modification window (since included, until excluded) and the order', async () => {
    const all = (
      await collect({ table: 'Account', fields: ['Id', 'LastModifiedDate', 'NumberOfEmployees'] })
    ).rows;
    const times = all.map((r) => String(r.LastModifiedDate)).sort();
    const since = new Date(times[100] as string);
    const until = new Date(times[300] as string);
    const { rows } = await collect({
      table: 'Account',
      fields: ['Id', 'LastModifiedDate', 'NumberOfEmployees'],
      filter: {
        node: {
          kind: 'level',
          lines: [
            {
              connective: 'and',
              node: {
                kind: 'condition',
                left: 'NumberOfEmployees',
                operator: '>',
                right: 'vars.min',
              },
            },
          ],
        },
        values: new Map([['vars.min', { kind: 'number', value: 100 }]]),
      },
      modified: { field: 'LastModifiedDate', since, until },
      orderBy: [{ field: 'LastModifiedDate', descending: true }],
    });
    const expected = all.filter(
      (r) =>
        typeof r.NumberOfEmployees === 'number' &&
        r.NumberOfEmployees > 100 &&
        Date.parse(String(r.LastModifiedDate)) >= since.getTime() - (since.getTime() % 1000) &&
        Date.parse(String(r.LastModifiedDate)) < until.getTime() - (until.getTime() % 1000),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.Id).sort()).toEqual(expected.map((r) => r.Id).sort());
    const order = rows.map((r) => String(r.LastModifiedDate));
    expect(order).toEqual([...order].sort().reverse());
    expect(order[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('includes deleted records only with Query for all elements', async () => {
    // The generated org has deleted accounts in the recycle bin.
    const live = await collect({ table: 'Account', fields: ['Id', 'IsDeleted'] });
    const everything = await collect({
      table: 'Account',
      fields: ['Id', 'IsDeleted'],
      includeDeleted: true,
    });
    expect(everything.rows.length).toBeGreaterThan(live.rows.length);
    expect(everything.rows.some((r) => r.IsDeleted === true)).toBe(true);
  });

  it('refuses an unknown field before any call', async () => {
    await expect(collect({ table: 'Account', fields: ['Id', 'Fax__x'] })).rejects.toThrow(
      "Table 'Account' has no field 'Fax__x'.",
    );
  });

  it('lists deleted records in a window and refuses one beyond the 30 days Salesforce keeps', async () => {
    const now = sf.clock.now();
    const { records: deleted } = await connector.deleted(
      'Account',
      new Date(now - 10 * 86_400_000),
      new Date(now),
    );
    expect(deleted.length).toBeGreaterThan(0);
    expect(deleted[0]?.deletedDate).toMatch(/Z$/);
    await expect(
      connector.deleted('Account', new Date(now - 31 * 86_400_000), new Date(now)),
    ).rejects.toThrow(
      /^Salesforce keeps deleted records 30 days: the start date .* is older than that\.$/,
    );
  });
});

describe('Salesforce import query read ahead', () => {
  let big: SalesforceEmulator;
  let bigDir: string;
  let asked = 0;
  let onAsked: (() => void) | null = null;

  beforeAll(async () => {
    bigDir = await mkdtemp(join(tmpdir(), 'crm-query-ahead-test-'));
    big = await startSalesforceEmulator({
      dataDir: bigDir,
      records: 3200,
      onRequest: (route, phase) => {
        if (route !== 'queryMore' || phase !== 'before') return;
        asked += 1;
        onAsked?.();
      },
    });
    trustAuthority(big.caPem);
  });
  afterAll(async () => {
    await big.close();
    await rm(bigDir, { recursive: true, force: true });
  });

  it('asks for the next pages while the first is stored, then follows one for one', async () => {
    const reader = await SalesforceConnector.connect(emulatorLogin(big), big.clock);
    const accountFields = (await reader.describeTable('Account')).fields;
    const query = reader.query({ table: 'Account', fields: ['Id'], pageSize: 200 }, accountFields);
    const pages = query[Symbol.asyncIterator]();
    // The caller holds the first page: the next one and those ahead of it are already asked
    // for (with fewer ahead, this would never settle).
    const aheadAsked = new Promise<void>((resolve) => {
      onAsked = () => {
        if (asked === pagesAhead + 1) resolve();
      };
    });
    const first = await pages.next();
    expect(first.value?.rows).toHaveLength(200);
    await aheadAsked;
    let rows = 200;
    for (let page = await pages.next(); !page.done; page = await pages.next())
      rows += page.value.rows.length;
    // About 3,140 live accounts in pages of 200: each page asked for once.
    expect(asked).toBe(Math.ceil(rows / 200) - 1);
    await reader.close();
  });
});
