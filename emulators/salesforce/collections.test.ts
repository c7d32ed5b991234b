import type { Record as SfRecord } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSalesforce, type SalesforceFixture } from '../test-support/salesforce';

let f: SalesforceFixture;
beforeAll(async () => {
  f = await openSalesforce({ records: 300 });
});
afterAll(() => f.dispose());

interface Result {
  id?: string;
  success: boolean;
  created?: boolean;
  errors: { statusCode: string; message: string; fields: string[] }[];
}

async function liveContacts(count: number): Promise<SfRecord[]> {
  return (
    await f.conn.query(`SELECT Id, External_Id__c, Title FROM Contact ORDER BY Id LIMIT ${count}`)
  ).records;
}

async function deletedId(object: string): Promise<string> {
  const result = await f.conn.query(`SELECT Id FROM ${object} WHERE IsDeleted = true LIMIT 1`, {
    scanAll: true,
  });
  return String(result.records[0]?.Id);
}

async function byExternalId(...keys: string[]): Promise<SfRecord[]> {
  const list = keys.map((key) => `'${key}'`).join(', ');
  return (
    await f.conn.query(
      `SELECT Id, External_Id__c, LastName FROM Contact WHERE External_Id__c IN (${list})`,
    )
  ).records;
}

function error(result: Result | undefined) {
  return result?.errors[0];
}

describe('sObject Collections', () => {
  it('upserts by external id: some updated, some created, each kind of failure reported', async () => {
    const [existing] = await liveContacts(1);
    const taken = (await f.conn.sobject('Contact').create({
      LastName: 'Holder',
      Portal_Username__c: 'taken-name',
    })) as Result;
    expect(taken.success).toBe(true);
    const goneAccount = await deletedId('Account');
    const records = [
      { External_Id__c: existing?.External_Id__c, Title: 'Updated by upsert' },
      { External_Id__c: 'NEW-1', LastName: 'Newman' },
      { External_Id__c: 'NEW-2', FirstName: 'No last name' },
      { External_Id__c: 'NEW-3', LastName: 'Mail', Email: 'not-an-email' },
      { External_Id__c: 'NEW-4', LastName: 'x'.repeat(81) },
      { External_Id__c: 'NEW-5', LastName: 'Twin', Portal_Username__c: 'TAKEN-name' },
      { External_Id__c: 'NEW-6', LastName: 'Bad ref', AccountId: '001xyz' },
      { External_Id__c: 'NEW-7', LastName: 'Orphan', AccountId: goneAccount },
    ];
    const results = (await f.conn.sobject('Contact').upsert(records, 'External_Id__c')) as Result[];
    expect(results[0]).toEqual({ id: existing?.Id, success: true, errors: [], created: false });
    expect(results[1]).toMatchObject({ success: true, created: true, errors: [] });
    expect(results[1]?.id).toMatch(/^003[0-9A-Za-z]{15}$/);
    expect(error(results[2])).toEqual({
      statusCode: 'REQUIRED_FIELD_MISSING',
      message: 'Required fields are missing: [LastName]',
      fields: ['LastName'],
    });
    expect(error(results[3])).toEqual({
      statusCode: 'INVALID_EMAIL_ADDRESS',
      message: 'Email: invalid email address: not-an-email',
      fields: ['Email'],
    });
    expect(error(results[4])).toEqual({
      statusCode: 'STRING_TOO_LONG',
      message: `Last Name: data value too large: ${'x'.repeat(81)} (max length=80)`,
      fields: ['LastName'],
    });
    expect(error(results[5])).toEqual({
      statusCode: 'DUPLICATE_VALUE',
      message: `duplicate value found: Portal_Username__c duplicates value on record with id: ${taken.id}`,
      fields: [],
    });
    expect(error(results[6])).toEqual({
      statusCode: 'MALFORMED_ID',
      message: 'Account ID: id value of incorrect type: 001xyz',
      fields: ['AccountId'],
    });
    expect(error(results[7])).toEqual({
      statusCode: 'ENTITY_IS_DELETED',
      message: 'entity is deleted',
      fields: [],
    });
    for (const failed of results.slice(2)) expect(failed).not.toHaveProperty('id');

    const saved = await byExternalId(...records.map((r) => String(r.External_Id__c)));
    expect(saved.map((r) => r.External_Id__c).sort()).toEqual(
      [existing?.External_Id__c, 'NEW-1'].sort(),
    );
    const updated = await f.conn.sobject('Contact').retrieve(String(existing?.Id));
    expect(updated.Title).toBe('Updated by upsert');
  });

  it('rolls every record back with allOrNone when one fails', async () => {
    const results = (await f.conn.sobject('Contact').upsert(
      [
        { External_Id__c: 'AON-1', LastName: 'Would be created' },
        { External_Id__c: 'AON-2', LastName: 'Bad', Email: 'nope' },
      ],
      'External_Id__c',
      { allOrNone: true },
    )) as Result[];
    expect(results).toEqual([
      {
        success: false,
        errors: [
          {
            statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
            message:
              'Record rolled back because not all records were valid and the request was using AllOrNone header',
            fields: [],
          },
        ],
      },
      {
        success: false,
        errors: [
          {
            statusCode: 'INVALID_EMAIL_ADDRESS',
            message: 'Email: invalid email address: nope',
            fields: ['Email'],
          },
        ],
      },
    ]);
    expect(await byExternalId('AON-1', 'AON-2')).toEqual([]);
  });

  it('creates records, refusing a duplicate external id', async () => {
    const [existing] = await liveContacts(1);
    const results = (await f.conn.sobject('Contact').create([
      { LastName: 'Created', External_Id__c: 'CREATED-1', Birthdate: '1990-04-01' },
      { LastName: 'Copy', External_Id__c: String(existing?.External_Id__c).toLowerCase() },
      { LastName: 'Twin A', External_Id__c: 'SAME' },
      { LastName: 'Twin B', External_Id__c: 'same' },
    ])) as Result[];
    expect(results[0]?.success).toBe(true);
    expect(error(results[1])).toEqual({
      statusCode: 'DUPLICATE_VALUE',
      message: `duplicate value found: External_Id__c duplicates value on record with id: ${existing?.Id}`,
      fields: [],
    });
    expect(results[2]?.success).toBe(true);
    expect(error(results[3])?.message).toBe(
      'duplicate value found: <unknown> duplicates value on record with id: <unknown>',
    );
    const created = await f.conn.sobject('Contact').retrieve(String(results[0]?.id));
    expect(created).toMatchObject({
      LastName: 'Created',
      Birthdate: '1990-04-01',
      Name: 'Created',
      IsDeleted: false,
    });
    expect(created.OwnerId).toBe(f.sf.org.userId);
  });

  it('updates records by id, reporting malformed and deleted ids', async () => {
    const [first] = await liveContacts(1);
    const gone = await deletedId('Contact');
    const results = (await f.conn.sobject('Contact').update([
      { Id: String(first?.Id), Department: 'Legal' },
      { Id: '003notAnId', Department: 'Legal' },
      { Id: gone, Department: 'Legal' },
      { Id: String(first?.Id), Name: 'Read only' },
    ])) as Result[];
    expect(results[0]).toEqual({ id: first?.Id, success: true, errors: [] });
    expect(results[1]).toEqual({
      id: undefined,
      success: false,
      errors: [
        {
          statusCode: 'MALFORMED_ID',
          message: 'Contact ID: id value of incorrect type: 003notAnId',
          fields: ['Id'],
        },
      ],
    });
    expect(results[2]).toEqual({
      id: gone,
      success: false,
      errors: [{ statusCode: 'ENTITY_IS_DELETED', message: 'entity is deleted', fields: [] }],
    });
    expect(error(results[3])?.statusCode).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');
    const after = await f.conn.query(
      `SELECT Department, LastModifiedDate FROM Contact WHERE Id = '${first?.Id}'`,
    );
    expect(after.records[0]?.Department).toBe('Legal');
  });

  it('deletes by ids: deleted records leave query, show in queryAll, and cannot be deleted twice', async () => {
    const [a, b, c] = (await liveContacts(6)).slice(3);
    const results = (await f.conn
      .sobject('Contact')
      .destroy([String(a?.Id), String(b?.Id), 'bogus'])) as Result[];
    expect(results.slice(0, 2)).toEqual([
      { id: a?.Id, success: true, errors: [] },
      { id: b?.Id, success: true, errors: [] },
    ]);
    expect(error(results[2])).toEqual({
      statusCode: 'MALFORMED_ID',
      message: 'malformed id bogus',
      fields: [],
    });
    const again = (await f.conn.sobject('Contact').destroy([String(a?.Id)])) as Result[];
    expect(again[0]).toEqual({
      id: a?.Id,
      success: false,
      errors: [{ statusCode: 'ENTITY_IS_DELETED', message: 'entity is deleted', fields: [] }],
    });
    const where = `WHERE Id IN ('${a?.Id}', '${b?.Id}')`;
    expect((await f.conn.query(`SELECT Id FROM Contact ${where}`)).totalSize).toBe(0);
    const all = await f.conn.query(`SELECT Id, IsDeleted FROM Contact ${where}`, { scanAll: true });
    expect(all.records.map((r) => r.IsDeleted)).toEqual([true, true]);

    const rolled = (await f.conn
      .sobject('Contact')
      .destroy([String(c?.Id), 'bogus'], { allOrNone: true })) as Result[];
    expect(error(rolled[0])?.statusCode).toBe('ALL_OR_NONE_OPERATION_ROLLED_BACK');
    expect((await f.conn.query(`SELECT Id FROM Contact WHERE Id = '${c?.Id}'`)).totalSize).toBe(1);
  });

  it('takes at most 200 records a call', async () => {
    const records = Array.from({ length: 201 }, (_, i) => ({ LastName: `Bulk ${i}` }));
    await expect(f.conn.sobject('Contact').create(records)).rejects.toMatchObject({
      errorCode: 'EXCEEDED_ID_LIMIT',
    });
    const ok = (await f.conn.sobject('Contact').create(records.slice(0, 200))) as Result[];
    expect(ok.filter((r) => r.success)).toHaveLength(200);
  });
});
