import type { Record as SfRecord } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureOf, openSalesforce, type SalesforceFixture } from '../test-support/salesforce';
import { caseSafeSuffix } from './ids';

let f: SalesforceFixture;
beforeAll(async () => {
  f = await openSalesforce({ records: 2500 });
});
afterAll(() => f.dispose());

const batchOf = (size: number) => ({ 'Sforce-Query-Options': `batchSize=${size}` });

async function fetchAll(soql: string, options: { batch?: number; scanAll?: boolean } = {}) {
  return f.conn.query(soql, {
    autoFetch: true,
    maxFetch: 1_000_000,
    scanAll: options.scanAll ?? false,
    headers: options.batch ? batchOf(options.batch) : {},
  });
}

function apiCalls(): number {
  return f.conn.limitInfo.apiUsage?.used ?? 0;
}

describe('query and queryMore', () => {
  it('pages 2,000 records at a time by default and reports the whole totalSize', async () => {
    const count = (await f.conn.query('SELECT COUNT() FROM Contact')).totalSize;
    expect(count).toBeGreaterThan(2000);
    expect(count).toBeLessThan(2500);
    const before = apiCalls();
    const result = await fetchAll('SELECT Id, LastName FROM Contact');
    expect(apiCalls() - before).toBe(2);
    expect(result.totalSize).toBe(count);
    expect(result.records).toHaveLength(count);
    expect(new Set(result.records.map((r) => r.Id)).size).toBe(count);
  });

  it('honours Sforce-Query-Options batchSize', async () => {
    const before = apiCalls();
    const result = await fetchAll('SELECT Id FROM Account WHERE Industry = null', { batch: 200 });
    const pages = Math.ceil(result.totalSize / 200);
    expect(pages).toBeGreaterThan(1);
    expect(apiCalls() - before).toBe(pages);
    expect(result.records).toHaveLength(result.totalSize);
  });

  it('gives nextRecordsUrl locators without a slash, and queryMore continues from them', async () => {
    const first = await f.conn.request<{
      totalSize: number;
      done: boolean;
      nextRecordsUrl: string;
      records: SfRecord[];
    }>({
      method: 'GET',
      url: `/query?q=${encodeURIComponent('SELECT Id FROM Contact ORDER BY LastName, Id')}`,
      headers: batchOf(1000),
    });
    expect(first.done).toBe(false);
    expect(first.records).toHaveLength(1000);
    expect(first.nextRecordsUrl).toMatch(
      /^\/services\/data\/v62\.0\/query\/01g[0-9A-Za-z]{15}-1000$/,
    );
    const second = await f.conn.queryMore(first.nextRecordsUrl);
    expect(second.records).toHaveLength(1000);
    expect(second.done).toBe(false);
    const third = await f.conn.queryMore(second.nextRecordsUrl as string);
    expect(third.done).toBe(true);
    expect(third.nextRecordsUrl).toBeUndefined();
    const ids = [...first.records, ...second.records, ...third.records].map((r) => r.Id);
    expect(ids).toHaveLength(first.totalSize);
    expect(new Set(ids).size).toBe(first.totalSize);
    const expired = await failureOf(f.conn.queryMore(`${first.nextRecordsUrl}0`));
    expect(expired).toMatchObject({
      errorCode: 'INVALID_QUERY_LOCATOR',
      message: 'invalid query locator',
    });
  });

  it('hides deleted records from query and shows them to queryAll with IsDeleted = true', async () => {
    const live = await fetchAll('SELECT Id FROM Contact WHERE IsDeleted = true');
    expect(live.totalSize).toBe(0);
    const all = await fetchAll('SELECT Id, IsDeleted FROM Contact', { scanAll: true });
    expect(all.totalSize).toBe(2500);
    const deleted = all.records.filter((r) => r.IsDeleted === true);
    expect(deleted.length).toBeGreaterThan(10);
    const deletedOnly = await fetchAll('SELECT Id FROM Contact WHERE IsDeleted = true', {
      scanAll: true,
    });
    expect(deletedOnly.records.map((r) => r.Id)).toEqual(deleted.map((r) => r.Id));
    const count = (await f.conn.query('SELECT COUNT() FROM Contact')).totalSize;
    expect(count + deleted.length).toBe(2500);
  });

  it('writes records as the REST API does: attributes, 18-character ids, datetimes, compound fields', async () => {
    const { records } = await f.conn.query(
      'SELECT Id, CreatedDate, Birthdate, MailingAddress, Account.Name, Account.Headquarters__c FROM Contact WHERE AccountId != null LIMIT 1',
    );
    const record = records[0] as SfRecord;
    expect(Object.keys(record)).toEqual([
      'attributes',
      'Id',
      'CreatedDate',
      'Birthdate',
      'MailingAddress',
      'Account',
    ]);
    const id = String(record.Id);
    expect(id.slice(15)).toBe(caseSafeSuffix(id.slice(0, 15)));
    expect(record.attributes).toEqual({
      type: 'Contact',
      url: `/services/data/v62.0/sobjects/Contact/${id}`,
    });
    expect(record.CreatedDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000\+0000$/);
    expect(record.Birthdate === null || /^\d{4}-\d{2}-\d{2}$/.test(String(record.Birthdate))).toBe(
      true,
    );
    expect(Object.keys(record.MailingAddress as object).sort()).toEqual([
      'city',
      'country',
      'geocodeAccuracy',
      'latitude',
      'longitude',
      'postalCode',
      'state',
      'street',
    ]);
    const account = record.Account as SfRecord;
    expect(account.attributes?.type).toBe('Account');
    expect(typeof account.Name).toBe('string');
    expect(Object.keys(account.Headquarters__c as object)).toEqual(['latitude', 'longitude']);
  });
});

describe('query column metadata (columns=true)', () => {
  it("lists the query's columns, relationships nested, without rows", async () => {
    const soql = 'SELECT Id, LastName, Account.Name, Account.Owner.Email FROM Contact';
    interface Column {
      columnName: string;
      joinColumns: Column[];
    }
    const answer = await f.conn.request<{
      columnMetadata: Column[];
      entityName: string;
      idSelected: boolean;
      keyPrefix: string;
    }>(`/services/data/v62.0/query?q=${encodeURIComponent(soql)}&columns=true`);
    expect(answer.entityName).toBe('Contact');
    expect(answer.keyPrefix).toBe('003');
    expect(answer.idSelected).toBe(true);
    expect(answer.columnMetadata.map((c) => c.columnName)).toEqual([
      'Id',
      'LastName',
      'Account',
      'Account',
    ]);
    expect(answer.columnMetadata[2]?.joinColumns.map((c) => c.columnName)).toEqual(['Name']);
    expect(answer.columnMetadata[3]?.joinColumns[0]?.joinColumns[0]?.columnName).toBe('Email');
    expect(answer).not.toHaveProperty('records');
  });
});
