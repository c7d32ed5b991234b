import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CrmField } from '../../../../shared/domain/crm';
import type { RecordRow } from '../../../../shared/domain/records';
import {
  openSalesforce,
  type SalesforceFixture,
} from '../../../../emulators/test-support/salesforce';
import { emulatorLogin } from '../../../test-support/emulator-login';
import type { CrmPage } from '../../connector';
import { SalesforceConnector } from '../salesforce-connector';

/**
 * Bulk query results streamed from the emulator over a real socket: 60,000 contacts, two
 * results pages of up to 50,000 (the service's size), handed over in parts of 10,000.
 */
let fixture: SalesforceFixture;
let connector: SalesforceConnector;
let fields: CrmField[];
let calls: Record<string, number> = {};
let expected: RecordRow[];

const contactQuery = { table: 'Contact', fields: ['Id', 'LastName', 'Email', 'Birthdate'] };

async function rowsOf(pages: AsyncIterable<CrmPage>): Promise<RecordRow[]> {
  const rows: RecordRow[] = [];
  for await (const page of pages) rows.push(...page.rows);
  return rows;
}

beforeAll(async () => {
  fixture = await openSalesforce({
    records: 60_000,
    onRequest: (route, phase) => {
      if (phase === 'before') calls[route] = (calls[route] ?? 0) + 1;
    },
  });
  connector = await SalesforceConnector.connect(emulatorLogin(fixture.sf), fixture.sf.clock);
  fields = (await connector.describeTable('Contact')).fields;
  expected = await rowsOf(connector.query(contactQuery, fields));
  // 60,000 contacts to generate and read once through REST for the comparison.
}, 120_000);
afterAll(() => fixture.dispose());
beforeEach(() => {
  calls = {};
});

describe('Salesforce bulk query results, streamed', { timeout: 60_000 }, () => {
  it('reads each results page in one streamed request, in order, in parts of 10,000', async () => {
    const pages: CrmPage[] = [];
    for await (const page of connector.bulk.query(contactQuery, fields)) pages.push(page);
    const resultPages = Math.ceil(expected.length / 50_000);
    expect(pages.slice(0, 5).map((p) => p.rows.length)).toEqual(Array(5).fill(10_000));
    expect(pages.at(-1)?.next).toBeNull();
    // No page was asked for twice: every body was read as it streamed in.
    expect(calls.bulkQueryResultPages).toBe(1);
    expect(calls.bulkQueryResults).toBe(resultPages);
    expect(pages.flatMap((p) => p.rows).map((r) => r.Id)).toEqual(expected.map((r) => r.Id));
  });

  it('renews an expired session in the middle of the results and reads on', async () => {
    // The streamed request gets the 401, then jsforce's, which logs in again and retries.
    const armed = fixture.sf.faults.add({
      route: 'bulkQueryResults',
      kind: 'expiredSession',
      count: 2,
    });
    const rows = await rowsOf(connector.bulk.query(contactQuery, fields));
    expect(armed.fired).toBe(2);
    expect(rows).toEqual(expected);
  });

  it('reads a page again when its connection is cut in the middle of the body', async () => {
    fixture.sf.faults.add({ route: 'bulkQueryResults', kind: 'reset', when: 'midBody' });
    const rows = await rowsOf(connector.bulk.query(contactQuery, fields));
    expect(rows).toEqual(expected);
    expect(calls.bulkQueryResults).toBe(Math.ceil(expected.length / 50_000) + 1);
  });

  it('stops mid-stream when cancelled: the iteration fails with the reason', async () => {
    const stop = new AbortController();
    const pages = connector.bulk.query(contactQuery, fields, stop.signal)[Symbol.asyncIterator]();
    const first = await pages.next();
    expect(first.value?.rows).toHaveLength(10_000);
    stop.abort(new Error('Cancelled by the operator.'));
    await expect(pages.next()).rejects.toThrow('Cancelled by the operator.');
    // Cut, not finished: the job's last page was never handed over.
    expect(await pages.next()).toEqual({ done: true, value: undefined });
  });

  it('resumes inside a results page from a part’s cursor', async () => {
    const pages = connector.bulk.query(contactQuery, fields)[Symbol.asyncIterator]();
    await pages.next();
    const second = await pages.next();
    await pages.return?.();
    const cursor = second.value?.next as string;
    expect(cursor).toMatch(/^bulk:750\w+:\w+~20000$/);
    calls = {};
    const rows = await rowsOf(connector.bulk.query(contactQuery, fields, undefined, cursor));
    expect(rows.map((r) => r.Id)).toEqual(expected.slice(20_000).map((r) => r.Id));
    expect(calls.bulkQueryCreate).toBeUndefined();
  });
});
