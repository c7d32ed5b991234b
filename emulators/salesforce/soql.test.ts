import type { Record as SfRecord } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  failureOf,
  openSalesforce,
  testAnchor,
  type SalesforceFixture,
} from '../test-support/salesforce';

let f: SalesforceFixture;
/** Every contact with the fields the cases filter on, fetched once and filtered here in plain JS. */
let contacts: SfRecord[];

beforeAll(async () => {
  f = await openSalesforce({ records: 600 });
  contacts = (
    await f.conn.query(
      'SELECT Id, LastName, FirstName, Salutation, LeadSource, Email, HasOptedOutOfEmail, Birthdate, CreatedDate, LastModifiedDate, AccountId FROM Contact',
      { autoFetch: true, maxFetch: 10_000 },
    )
  ).records;
});
afterAll(() => f.dispose());

async function ids(where: string): Promise<string[]> {
  const result = await f.conn.query(`SELECT Id FROM Contact WHERE ${where}`, {
    autoFetch: true,
    maxFetch: 10_000,
  });
  return result.records.map((r) => String(r.Id)).sort();
}

function expected(test: (c: SfRecord) => boolean): string[] {
  return contacts
    .filter(test)
    .map((c) => String(c.Id))
    .sort();
}

const str = (value: unknown) => (typeof value === 'string' ? value : null);
const time = (value: unknown) =>
  typeof value === 'string' ? Date.parse(value.replace('+0000', 'Z')) : NaN;
const day = 24 * 60 * 60 * 1000;

async function failure(soql: string): Promise<{ errorCode?: string; message: string }> {
  const { errorCode, message } = await failureOf(f.conn.query(soql));
  return { errorCode, message };
}

describe('SOQL subset', () => {
  const lastName = () => String(contacts.find((c) => c.LastName)?.LastName);

  it('compares text case-insensitively with = and !=, nulls included by !=', async () => {
    const name = lastName();
    expect(await ids(`LastName = '${name.toUpperCase().replace(/'/g, "\\'")}'`)).toEqual(
      expected((c) => str(c.LastName)?.toLowerCase() === name.toLowerCase()),
    );
    const salutation = await ids(`Salutation != 'Mr.'`);
    expect(salutation).toEqual(expected((c) => c.Salutation !== 'Mr.'));
    expect(salutation.length).toBeGreaterThan(expected((c) => c.Salutation === null).length);
  });

  it('combines AND, OR, NOT and parentheses', async () => {
    const result = await ids(
      `(LeadSource = 'Web' OR LeadSource = 'Other') AND NOT HasOptedOutOfEmail = true`,
    );
    expect(result.length).toBeGreaterThan(0);
    expect(result).toEqual(
      expected(
        (c) =>
          (c.LeadSource === 'Web' || c.LeadSource === 'Other') && c.HasOptedOutOfEmail !== true,
      ),
    );
    expect(await ids(`NOT (Salutation = null OR LeadSource = null)`)).toEqual(
      expected((c) => c.Salutation !== null && c.LeadSource !== null),
    );
  });

  it('tests membership with IN and NOT IN', async () => {
    expect(await ids(`Salutation IN ('Mr.', 'dr.')`)).toEqual(
      expected((c) => c.Salutation === 'Mr.' || c.Salutation === 'Dr.'),
    );
    expect(await ids(`Salutation NOT IN ('Mr.', 'Dr.')`)).toEqual(
      expected((c) => c.Salutation !== 'Mr.' && c.Salutation !== 'Dr.'),
    );
  });

  it('matches LIKE patterns with % and _', async () => {
    expect(await ids(`Email LIKE '%@EXAMPLE.org'`)).toEqual(
      expected((c) => str(c.Email)?.endsWith('@example.org') === true),
    );
    const pattern = await ids(`LastName LIKE 'M_ller'`);
    expect(pattern).toEqual(expected((c) => /^m.ller$/i.test(str(c.LastName) ?? '')));
  });

  it('tests nulls with = null and != null', async () => {
    const none = await ids('Birthdate = null');
    const some = await ids('Birthdate != null');
    expect(none).toEqual(expected((c) => c.Birthdate === null));
    expect(none.length + some.length).toBe(contacts.length);
  });

  it('compares dates, datetimes and relative date literals', async () => {
    expect(await ids('Birthdate < 1970-01-01')).toEqual(
      expected((c) => c.Birthdate !== null && String(c.Birthdate) < '1970-01-01'),
    );
    const since = Date.parse('2025-06-01T10:15:00Z');
    expect(await ids('CreatedDate >= 2025-06-01T10:15:00Z')).toEqual(
      expected((c) => time(c.CreatedDate) >= since),
    );
    expect(await ids('CreatedDate >= 2025-06-01T12:15:00+02:00')).toEqual(
      expected((c) => time(c.CreatedDate) >= since),
    );
    const today = Date.parse('2026-03-02T00:00:00Z');
    expect(testAnchor.getTime() - today).toBe(12 * 60 * 60 * 1000);
    const last30 = await ids('LastModifiedDate = LAST_N_DAYS:30');
    expect(last30.length).toBeGreaterThan(0);
    expect(last30).toEqual(expected((c) => time(c.LastModifiedDate) >= today - 30 * day));
    expect(await ids('LastModifiedDate = TODAY')).toEqual(
      expected((c) => time(c.LastModifiedDate) >= today),
    );
    expect(await ids('LastModifiedDate = YESTERDAY')).toEqual(
      expected((c) => time(c.LastModifiedDate) >= today - day && time(c.LastModifiedDate) < today),
    );
    expect(await ids('CreatedDate < LAST_N_DAYS:365')).toEqual(
      expected((c) => time(c.CreatedDate) < today - 365 * day),
    );
  });

  it('filters through a parent relationship and on numbers', async () => {
    const result = await f.conn.query(
      `SELECT Id, Account.Name, Account.AnnualRevenue FROM Contact WHERE Account.AnnualRevenue > 100000000`,
      { autoFetch: true, maxFetch: 10_000 },
    );
    expect(result.totalSize).toBeGreaterThan(0);
    for (const record of result.records)
      expect((record.Account as SfRecord).AnnualRevenue).toBeGreaterThan(100_000_000);
    const accounts = await f.conn.query(
      'SELECT COUNT() FROM Account WHERE NumberOfEmployees >= 25000 AND AnnualRevenue != null',
    );
    expect(accounts.totalSize).toBeGreaterThan(0);
  });

  it('matches multi-select picklists with INCLUDES and EXCLUDES', async () => {
    const all = await f.conn.query('SELECT Programs__c FROM Loyalty__c', {
      autoFetch: true,
      maxFetch: 10_000,
    });
    const has = (r: SfRecord, value: string) =>
      String(r.Programs__c ?? '')
        .split(';')
        .includes(value);
    const includes = await f.conn.query(
      `SELECT Programs__c FROM Loyalty__c WHERE Programs__c INCLUDES ('VIP Lounge;Events', 'Early Access')`,
      { autoFetch: true, maxFetch: 10_000 },
    );
    expect(includes.totalSize).toBe(
      all.records.filter(
        (r) => (has(r, 'VIP Lounge') && has(r, 'Events')) || has(r, 'Early Access'),
      ).length,
    );
    const excludes = await f.conn.query(
      `SELECT COUNT() FROM Loyalty__c WHERE Programs__c EXCLUDES ('Newsletter')`,
    );
    expect(excludes.totalSize).toBe(all.records.filter((r) => !has(r, 'Newsletter')).length);
  });

  it('orders by several fields, ASC/DESC, NULLS FIRST/LAST, then LIMIT and OFFSET', async () => {
    const { records } = await f.conn.query(
      'SELECT Salutation, LastName FROM Contact ORDER BY Salutation DESC NULLS LAST, LastName ASC LIMIT 400',
    );
    expect(records).toHaveLength(400);
    const key = (r: SfRecord) => ({
      salutation: typeof r.Salutation === 'string' ? r.Salutation.toUpperCase() : null,
      lastName: String(r.LastName).toUpperCase(),
    });
    for (let i = 1; i < records.length; i++) {
      const a = key(records[i - 1] as SfRecord);
      const b = key(records[i] as SfRecord);
      if (a.salutation === null) expect(b.salutation).toBeNull();
      else if (b.salutation !== null) {
        expect(a.salutation >= b.salutation).toBe(true);
        if (a.salutation === b.salutation) expect(a.lastName <= b.lastName).toBe(true);
      }
    }
    const nullsFirst = await f.conn.query(
      'SELECT Salutation FROM Contact ORDER BY Salutation LIMIT 1',
    );
    expect(nullsFirst.records[0]?.Salutation).toBeNull();
    const page = await f.conn.query('SELECT Id FROM Contact ORDER BY Id LIMIT 5 OFFSET 10');
    const first15 = await f.conn.query('SELECT Id FROM Contact ORDER BY Id LIMIT 15');
    expect(page.records.map((r) => r.Id)).toEqual(first15.records.slice(10).map((r) => r.Id));
    expect(page.totalSize).toBe(5);
    expect(await failure('SELECT Id FROM Contact LIMIT 5 OFFSET 2001')).toEqual({
      errorCode: 'NUMBER_OUTSIDE_VALID_RANGE',
      message: 'Maximum SOQL offset allowed is 2000',
    });
  });
});

describe('SOQL errors', () => {
  it('INVALID_FIELD quotes the query with a caret under the unknown column', async () => {
    expect(await failure('SELECT Foo FROM Contact')).toEqual({
      errorCode: 'INVALID_FIELD',
      message:
        "\nSELECT Foo FROM Contact\n       ^\nERROR at Row:1:Column:8\nNo such column 'Foo' on entity 'Contact'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
    });
    expect((await failure('SELECT Id FROM Contact\nWHERE Nope__c = 1')).message).toMatch(
      /^\nWHERE Nope__c = 1\n {6}\^\nERROR at Row:2:Column:7\nNo such column 'Nope__c' on entity 'Contact'\./,
    );
  });

  it('MALFORMED_QUERY names the unexpected token, <EOF> at the end', async () => {
    expect(await failure('SELECT Id FROM Contact WHERE')).toEqual({
      errorCode: 'MALFORMED_QUERY',
      message:
        "\nSELECT Id FROM Contact WHERE\n                            ^\nERROR at Row:1:Column:29\nunexpected token: '<EOF>'",
    });
    expect(await failure('SELECT Id, FROM Contact')).toEqual({
      errorCode: 'MALFORMED_QUERY',
      message:
        "\nSELECT Id, FROM Contact\n           ^\nERROR at Row:1:Column:12\nunexpected token: 'FROM'",
    });
    expect(
      (
        await failure(
          "SELECT Id FROM Contact WHERE LastName = 'a' AND FirstName = 'b' OR Email = null",
        )
      ).message,
    ).toMatch(/ERROR at Row:1:Column:65\nunexpected token: 'OR'$/);
    expect((await failure("SELECT Id FROM Contact WHERE Id = 'abc'")).message).toMatch(
      /invalid ID field: abc$/,
    );
  });

  it('refuses unknown objects, relationships and ill-typed values the same way', async () => {
    expect(await failure('SELECT Id FROM Contct')).toMatchObject({
      errorCode: 'INVALID_TYPE',
      message: expect.stringContaining("sObject type 'Contct' is not supported."),
    });
    expect((await failure('SELECT Acount.Name FROM Contact')).message).toContain(
      "Didn't understand relationship 'Acount' in field path.",
    );
    expect(await failure("SELECT Id FROM Contact WHERE CreatedDate > '2024-01-01'")).toEqual({
      errorCode: 'INVALID_FIELD',
      message:
        "\nSELECT Id FROM Contact WHERE CreatedDate > '2024-01-01'\n                                           ^\nERROR at Row:1:Column:44\nvalue of filter criterion for field 'CreatedDate' must be of type dateTime and should not be enclosed in quotes",
    });
    expect((await failure('SELECT Id FROM Contact WHERE LastName = 5')).message).toMatch(
      /must be of type string and should be enclosed in quotes$/,
    );
    expect((await failure('SELECT Id FROM Contact WHERE Description = null')).message).toMatch(
      /field 'Description' can not be filtered in query call$/,
    );
  });
});
