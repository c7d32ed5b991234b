import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openSalesforce,
  type SalesforceFixture,
} from '../../../../emulators/test-support/salesforce';
import { emulatorLogin } from '../../../test-support/emulator-login';
import type { CrmPage } from '../../connector';
import { SalesforceConnector } from '../salesforce-connector';
import { parseSfError } from './bulk-write';

/** Bulk API 2.0 through the connector, against the emulator over a real socket. */
let fixture: SalesforceFixture;
let connector: SalesforceConnector;

beforeAll(async () => {
  fixture = await openSalesforce({ records: 12_000 });
  connector = await SalesforceConnector.connect(emulatorLogin(fixture.sf), fixture.sf.clock);
});
afterAll(() => fixture.dispose());

const contactQuery = {
  table: 'Contact',
  fields: ['Id', 'LastName', 'Email', 'HasOptedOutOfEmail', 'CreatedDate'],
};

async function pagesOf(iterable: AsyncIterable<CrmPage>): Promise<CrmPage[]> {
  const pages: CrmPage[] = [];
  for await (const page of iterable) pages.push(page);
  return pages;
}

describe('Salesforce bulk query', () => {
  it('reads every record as the REST query does, in pages of 10,000 with resumable cursors', async () => {
    const fields = (await connector.describeTable('Contact')).fields;
    const bulk = await pagesOf(connector.bulk.query(contactQuery, fields));
    const rest = await pagesOf(connector.query(contactQuery, fields));
    const bulkRows = bulk.flatMap((p) => p.rows);
    const restRows = rest.flatMap((p) => p.rows);
    expect(bulkRows).toHaveLength(restRows.length);
    expect(bulk[0]?.rows).toHaveLength(10_000);
    expect(bulk).toHaveLength(Math.ceil(restRows.length / 10_000));
    const byId = new Map(bulkRows.map((r) => [r.Id, r]));
    for (const row of restRows.slice(0, 500)) expect(byId.get(row.Id)).toEqual(row);
    expect(bulk.at(-1)?.next).toBeNull();
    const cursor = bulk[0]?.next as string;
    expect(cursor).toMatch(/^bulk:750/);
    const resumed = await pagesOf(connector.bulk.query(contactQuery, fields, undefined, cursor));
    expect(resumed.flatMap((p) => p.rows).map((r) => r.Id)).toEqual(
      bulkRows.slice(10_000).map((r) => r.Id),
    );
  });
});

describe('Salesforce bulk writes', () => {
  it('inserts in one job, failed rows with the CRM text aligned with their input rows', async () => {
    const records = Array.from({ length: 1200 }, (_, i) => ({
      LastName: `BulkWrite${i}`,
      Email: i % 100 === 7 ? `bad-${i}` : `bulk${i}@example.com`,
    }));
    const job = await connector.bulk.openWrite('Contact', 'insert');
    const results = await connector.bulk.runWrite(job, records);
    expect(results.map((r) => r.index)).toEqual(records.map((_, i) => i));
    const failures = results.filter((r) => !r.ok);
    expect(failures.map((r) => r.index)).toEqual(
      records.flatMap((_, i) => (i % 100 === 7 ? [i] : [])),
    );
    const [rest] = await connector.write('Contact', 'insert', [records[7] as never]);
    expect(failures[0]?.errors).toEqual(rest?.errors);
    const ok = results.find((r) => r.index === 3);
    const store = fixture.sf.org.store('Contact');
    const ref = store?.refOf(String(ok?.id));
    expect(
      store
        ?.reader()
        .at(ref as number)
        .read('LastName'),
    ).toBe('BulkWrite3');
  });

  it('reads back the results of a job journaled before a crash, and sends nothing twice', async () => {
    const records = [{ LastName: 'Crash A' }, { LastName: 'Crash B' }];
    const job = await connector.bulk.openWrite('Contact', 'insert');
    const first = await connector.bulk.runWrite(job, records);
    const again = await connector.bulk.resumeWrite(job, records);
    expect(again.map((r) => r?.id)).toEqual(first.map((r) => r.id));
    const count = await fixture.conn.query(
      "SELECT COUNT() FROM Contact WHERE LastName LIKE 'Crash %'",
    );
    expect(count.totalSize).toBe(2);
  });

  it('leaves every record to send again when the job was still open (upload cut short)', async () => {
    const job = await connector.bulk.openWrite('Contact', 'insert');
    expect(await connector.bulk.resumeWrite(job, [{ LastName: 'Never' }])).toEqual([null]);
    const info = await fixture.conn.request<{ state: string }>(
      `/services/data/v62.0/jobs/ingest/${job}`,
    );
    expect(info.state).toBe('Aborted');
  });

  it('turns a job that failed as a whole into rejects with its message', async () => {
    const job = await connector.bulk.openWrite('Contact', 'insert');
    const results = await connector.bulk.runWrite(job, [{ LastName: 'X', Nope__c: 'y' }]);
    expect(results[0]).toMatchObject({
      ok: false,
      errors: [
        { code: 'BULK_JOB_FAILED', message: 'InvalidBatch : Field name not found : Nope__c' },
      ],
    });
  });

  it('reads sf__Error back into code, message and fields', () => {
    expect(parseSfError('INVALID_EMAIL_ADDRESS:Email: invalid email address: x:Email --')).toEqual([
      {
        code: 'INVALID_EMAIL_ADDRESS',
        message: 'Email: invalid email address: x',
        fields: ['Email'],
      },
    ]);
  });
});
