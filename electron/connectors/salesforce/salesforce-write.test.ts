import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSalesforce, type SalesforceFixture } from '../../../emulators/test-support/salesforce';
import { SalesforceConnector } from './salesforce-connector';
import { emulatorLogin } from '../../test-support/emulator-login';

/** Writes through jsforce's sObject Collections against the Salesforce emulator. */
let fixture: SalesforceFixture;
let connector: SalesforceConnector;

beforeAll(async () => {
  fixture = await openSalesforce({ records: 20 });
  connector = await SalesforceConnector.connect(emulatorLogin(fixture.sf), fixture.sf.clock);
});
afterAll(() => fixture.dispose());

const count = async (soql: string) => (await fixture.conn.query(soql)).totalSize;

describe('Salesforce writes', () => {
  it('inserts in batches of 200 with one result per record, failures not stopping the others', async () => {
    const records = Array.from({ length: 250 }, (_, i) => ({
      LastName: `Batch${i}`,
      Email: i === 7 ? 'not-an-email' : `batch${i}@example.com`,
    }));
    records[210] = { LastName: null, Email: 'nolastname@example.com' } as never;
    const results = await connector.write('Contact', 'insert', records);
    expect(results).toHaveLength(250);
    expect(results.map((r) => r.index)).toEqual(records.map((_, i) => i));
    expect(results[7]).toMatchObject({
      ok: false,
      id: null,
      errors: [{ code: 'INVALID_EMAIL_ADDRESS' }],
    });
    expect(results[210]).toMatchObject({
      ok: false,
      errors: [{ code: 'REQUIRED_FIELD_MISSING', fields: ['LastName'] }],
    });
    expect(results.filter((r) => r.ok)).toHaveLength(248);
    expect(await count("SELECT COUNT() FROM Contact WHERE LastName LIKE 'Batch%'")).toBe(248);
  });

  it('upserts by an external id: created first, updated after', async () => {
    const member = { Name: 'Gold member', Member_Number__c: 'M-0001', Points__c: 10 };
    const [first] = await connector.write('Loyalty__c', 'upsert', [member], 'Member_Number__c');
    expect(first).toMatchObject({ ok: true, created: true });
    const [second] = await connector.write(
      'Loyalty__c',
      'upsert',
      [{ ...member, Points__c: 20 }],
      'Member_Number__c',
    );
    expect(second).toMatchObject({ ok: true, created: false, id: first?.id });
    expect(
      await count(
        "SELECT COUNT() FROM Loyalty__c WHERE Member_Number__c = 'M-0001' AND Points__c = 20",
      ),
    ).toBe(1);
  });

  it('updates by id and deletes, reporting malformed ids per record', async () => {
    const [created] = await connector.write('Contact', 'insert', [{ LastName: 'ToChange' }]);
    const id = String(created?.id);
    const [updated] = await connector.write('Contact', 'update', [{ Id: id, LastName: 'Changed' }]);
    expect(updated).toMatchObject({ ok: true, id });
    const deletions = await connector.deleteRecords('Contact', [id, 'not-an-id']);
    expect(deletions[0]).toMatchObject({ ok: true, id });
    expect(deletions[1]).toMatchObject({ ok: false, errors: [{ code: 'MALFORMED_ID' }] });
    expect(await count(`SELECT COUNT() FROM Contact WHERE Id = '${id}'`)).toBe(0);
  });
});
