import type { DescribeSObjectResult, Field } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSalesforce, type SalesforceFixture } from '../test-support/salesforce';

let f: SalesforceFixture;
beforeAll(async () => {
  f = await openSalesforce({ records: 20 });
});
afterAll(() => f.dispose());

const objects = [
  'Account',
  'Campaign',
  'CampaignMember',
  'Contact',
  'Lead',
  'Loyalty__c',
  'Opportunity',
  'Task',
  'User',
];

function field(describe: DescribeSObjectResult, name: string): Field {
  const found = describe.fields.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`No field ${name}`);
  return found;
}

describe('describeGlobal and describe', () => {
  it('lists every object with its key prefix and flags', async () => {
    const global = await f.conn.describeGlobal();
    expect(global.encoding).toBe('UTF-8');
    expect(global.maxBatchSize).toBe(200);
    expect(global.sobjects.map((s) => s.name)).toEqual(objects);
    const prefixes = Object.fromEntries(global.sobjects.map((s) => [s.name, s.keyPrefix]));
    expect(prefixes).toMatchObject({
      Account: '001',
      Contact: '003',
      Lead: '00Q',
      Opportunity: '006',
      Campaign: '701',
      CampaignMember: '00v',
      User: '005',
      Task: '00T',
    });
    const loyalty = global.sobjects.find((s) => s.name === 'Loyalty__c');
    expect(loyalty).toMatchObject({ custom: true, label: 'Loyalty Membership', queryable: true });
    expect(loyalty?.keyPrefix).toMatch(/^a0[0-9A-Za-z]$/);
    expect(loyalty?.urls.describe).toBe('/services/data/v62.0/sobjects/Loyalty__c/describe');
  });

  it('describes fields with the 57 properties of the real API', async () => {
    for (const name of objects) {
      const d = await f.conn.describe(name);
      expect(d.name).toBe(name);
      for (const each of d.fields) expect(Object.keys(each)).toHaveLength(57);
    }
    const id = field(await f.conn.describe('Contact'), 'Id');
    expect(id).toMatchObject({
      type: 'id',
      soapType: 'tns:ID',
      length: 18,
      byteLength: 18,
      nillable: false,
      createable: false,
      idLookup: true,
      label: 'Contact ID',
    });
  });

  it('gives picklist values with active, defaultValue, label, validFor and value', async () => {
    const contact = await f.conn.describe('Contact');
    const leadSource = field(contact, 'LeadSource');
    expect(leadSource.type).toBe('picklist');
    expect(leadSource.picklistValues?.map((v: { value: string }) => v.value)).toEqual([
      'Web',
      'Phone Inquiry',
      'Partner Referral',
      'Purchased List',
      'Other',
    ]);
    expect(leadSource.picklistValues?.[0]).toEqual({
      active: true,
      defaultValue: false,
      label: 'Web',
      validFor: null,
      value: 'Web',
    });
    expect(field(contact, 'Salutation').picklistValues?.length).toBeGreaterThan(3);
    const account = await f.conn.describe('Account');
    expect(
      field(account, 'Industry').picklistValues?.some(
        (v: { value: string }) => v.value === 'Banking',
      ),
    ).toBe(true);
    expect(field(account, 'Type').picklistValues?.length).toBeGreaterThan(3);
    const status = field(await f.conn.describe('Lead'), 'Status');
    expect(status.restrictedPicklist).toBe(true);
    expect(
      status.picklistValues?.find((v: { defaultValue: boolean }) => v.defaultValue)?.value,
    ).toBe('Open - Not Contacted');
  });

  it('describes the custom object: multi-select picklist, external id, lookup', async () => {
    const loyalty = await f.conn.describe('Loyalty__c');
    expect(loyalty.custom).toBe(true);
    expect(field(loyalty, 'Programs__c')).toMatchObject({
      type: 'multipicklist',
      custom: true,
      soapType: 'xsd:string',
      sortable: false,
    });
    expect(field(loyalty, 'Member_Number__c')).toMatchObject({
      type: 'string',
      externalId: true,
      unique: true,
      idLookup: true,
      length: 20,
      byteLength: 60,
    });
    expect(field(loyalty, 'Contact__c')).toMatchObject({
      type: 'reference',
      referenceTo: ['Contact'],
      relationshipName: 'Contact__r',
    });
    const contact = await f.conn.describe('Contact');
    expect(field(contact, 'External_Id__c')).toMatchObject({
      externalId: true,
      unique: true,
      custom: true,
    });
    expect(contact.childRelationships).toContainEqual(
      expect.objectContaining({
        childSObject: 'Loyalty__c',
        field: 'Contact__c',
        relationshipName: 'LoyaltyMemberships__r',
      }),
    );
  });

  it('describes compound fields and names their components', async () => {
    const contact = await f.conn.describe('Contact');
    expect(field(contact, 'MailingAddress')).toMatchObject({
      type: 'address',
      soapType: 'urn:address',
      createable: false,
      filterable: false,
      compoundFieldName: null,
    });
    expect(field(contact, 'MailingCity').compoundFieldName).toBe('MailingAddress');
    expect(field(contact, 'FirstName').compoundFieldName).toBe('Name');
    const account = await f.conn.describe('Account');
    expect(field(account, 'Headquarters__c')).toMatchObject({
      type: 'location',
      soapType: 'urn:location',
    });
    expect(field(account, 'Headquarters__Latitude__s').compoundFieldName).toBe('Headquarters__c');
  });

  it('answers 404 NOT_FOUND for an unknown object', async () => {
    await expect(f.conn.describe('Nope__c')).rejects.toMatchObject({
      errorCode: 'NOT_FOUND',
      message: 'The requested resource does not exist',
    });
  });
});
