import type { DescribeSObjectResult } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSalesforce, type SalesforceFixture } from '../test-support/salesforce';

let f: SalesforceFixture;
beforeAll(async () => {
  f = await openSalesforce({ records: 40 });
});
afterAll(() => f.dispose());

const describeOf = (name: string) =>
  f.conn.sobject(name).describe() as Promise<DescribeSObjectResult>;

const address = (prefix: string) =>
  [
    'Street',
    'City',
    'State',
    'PostalCode',
    'Country',
    'Latitude',
    'Longitude',
    'GeocodeAccuracy',
  ].map((part) => `${prefix}${part}`);

describe("the standard objects' full field lists (Salesforce Object Reference)", () => {
  it.each([
    [
      'Contact',
      60,
      ['OtherAddress', 'MailingAddress'],
      [
        'HomePhone',
        'ReportsToId',
        'AssistantName',
        'EmailBouncedDate',
        'CleanStatus',
        'Pronouns',
        'LastViewedDate',
      ],
    ],
    [
      'Account',
      55,
      ['BillingAddress', 'ShippingAddress'],
      [
        'Sic',
        'Ownership',
        'TickerSymbol',
        'Site',
        'AccountSource',
        'DunsNumber',
        'NaicsCode',
        'YearStarted',
      ],
    ],
    [
      'Lead',
      55,
      ['Address'],
      [
        'ConvertedAccountId',
        'ConvertedDate',
        'IsUnreadByOwner',
        'LastTransferDate',
        'CompanyDunsNumber',
        'Fax',
      ],
    ],
    [
      'Opportunity',
      38,
      [],
      [
        'ExpectedRevenue',
        'ForecastCategoryName',
        'FiscalYear',
        'NextStep',
        'ContactId',
        'IsPrivate',
      ],
    ],
  ] as const)(
    '%s has at least %i fields, its addresses and standard fields',
    async (name, atLeast, compounds, standard) => {
      const d = await describeOf(name);
      const names = d.fields.map((field) => field.name);
      expect(names.length).toBeGreaterThanOrEqual(atLeast);
      expect(new Set(names).size).toBe(names.length);
      expect(names).toEqual(expect.arrayContaining([...standard]));
      for (const compound of compounds) {
        const prefix = compound.replace(/Address$/, '');
        expect(d.fields.find((field) => field.name === compound)?.type).toBe('address');
        for (const part of address(prefix))
          expect(d.fields.find((field) => field.name === part)?.compoundFieldName).toBe(compound);
      }
    },
  );

  it('describes types, lengths and picklists as the reference does', async () => {
    const contact = await describeOf('Contact');
    const field = (name: string) => contact.fields.find((candidate) => candidate.name === name);
    expect(field('ReportsToId')).toMatchObject({
      type: 'reference',
      referenceTo: ['Contact'],
      relationshipName: 'ReportsTo',
    });
    expect(field('AssistantName')).toMatchObject({ type: 'string', length: 40 });
    expect(field('OtherGeocodeAccuracy')?.picklistValues?.map((v) => v.value)).toContain('Zip');
    expect(field('CleanStatus')).toMatchObject({ type: 'picklist', restrictedPicklist: true });
    expect(field('PhotoUrl')).toMatchObject({ type: 'url', createable: false, updateable: false });
    expect(field('Name')).toMatchObject({ type: 'string', length: 121, createable: false });
    const account = await describeOf('Account');
    expect(account.fields.find((candidate) => candidate.name === 'Headquarters__c')?.type).toBe(
      'location',
    );
  });
});

describe('generated values of the added fields', () => {
  it('fills them deterministically, the other address on some contacts only', async () => {
    const soql = 'SELECT Id, OtherCity, HomePhone, CleanStatus FROM Contact ORDER BY Id';
    const first = await f.conn.query<{ Id: string; OtherCity: string | null; CleanStatus: string }>(
      soql,
    );
    const again = await f.conn.query(soql);
    expect(again.records).toEqual(first.records);
    const withOther = first.records.filter((r) => r.OtherCity !== null).length;
    expect(withOther).toBeGreaterThan(0);
    expect(withOther).toBeLessThan(first.records.length);
    expect(new Set(first.records.map((r) => r.CleanStatus))).toEqual(new Set(['Pending']));
  });

  it('derives the opportunity forecast and fiscal period from stage and close date', async () => {
    const result = await f.conn.query<{
      StageName: string;
      CloseDate: string;
      ForecastCategoryName: string;
      FiscalYear: number;
      FiscalQuarter: number;
      Fiscal: string;
    }>(
      'SELECT StageName, CloseDate, ForecastCategoryName, FiscalYear, FiscalQuarter, Fiscal FROM Opportunity',
    );
    for (const r of result.records) {
      expect(r.FiscalYear).toBe(Number(r.CloseDate.slice(0, 4)));
      expect(r.Fiscal).toBe(`${r.FiscalYear} ${r.FiscalQuarter}`);
      if (r.StageName === 'Closed Won') expect(r.ForecastCategoryName).toBe('Closed');
      if (r.StageName === 'Closed Lost') expect(r.ForecastCategoryName).toBe('Omitted');
    }
  });
});
