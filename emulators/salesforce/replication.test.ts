import { SettableClock } from '../../electron/core/clock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSalesforce, testAnchor, type SalesforceFixture } from '../test-support/salesforce';

let f: SalesforceFixture;
const clock = new SettableClock(testAnchor.getTime());
const minute = 60_000;
const day = 24 * 60 * minute;
const iso = (ms: number) => new Date(ms).toISOString();
/** A SOQL datetime literal: no milliseconds. */
const soqlTime = (ms: number) => iso(ms).replace('.000Z', 'Z');

beforeAll(async () => {
  f = await openSalesforce({ records: 1500, clock });
});
afterAll(() => f.dispose());

async function idsWhere(soql: string): Promise<string[]> {
  const result = await f.conn.query(soql, { autoFetch: true, maxFetch: 100_000, scanAll: true });
  return result.records.map((r) => String(r.Id)).sort();
}

async function failure(call: Promise<unknown>) {
  const error = (await call.catch((e: unknown) => e)) as { errorCode: string; message: string };
  return { errorCode: error.errorCode, message: error.message };
}

describe('getUpdated and getDeleted', () => {
  it('lists the records whose SystemModstamp falls in the window, seconds dropped', async () => {
    const start = clock.now() - 10 * day + 45_000;
    const end = clock.now() - 2 * day + 59_000;
    const result = await f.conn.sobject('Contact').updated(iso(start), iso(end));
    const from = soqlTime(start - 45_000);
    const to = soqlTime(end - 59_000);
    expect(result.latestDateCovered).toBe(iso(end - 59_000).replace('Z', '+0000'));
    expect(result.ids.length).toBeGreaterThan(10);
    expect([...result.ids].sort()).toEqual(
      await idsWhere(
        `SELECT Id FROM Contact WHERE IsDeleted = false AND SystemModstamp >= ${from} AND SystemModstamp < ${to}`,
      ),
    );
  });

  it('lists deleted records with their deletion date, including deletions made through the API', async () => {
    const victim = (await f.conn.query('SELECT Id FROM Contact ORDER BY Id LIMIT 1')).records[0]
      ?.Id as string;
    const deletedAt = clock.now();
    await f.conn.sobject('Contact').destroy(victim);
    clock.advance(5 * minute);
    const result = await f.conn
      .sobject('Contact')
      .deleted(iso(clock.now() - 20 * day), iso(clock.now()));
    expect(result.latestDateCovered).toBe(iso(clock.now()).replace('Z', '+0000'));
    expect(result.earliestDateAvailable).toBe(iso(clock.now() - 30 * day).replace('Z', '+0000'));
    expect(result.deletedRecords).toContainEqual({
      id: victim,
      deletedDate: iso(deletedAt).replace('Z', '+0000'),
    });
    const dates = result.deletedRecords.map((r) => Date.parse(r.deletedDate.replace('+0000', 'Z')));
    expect(dates.every((at) => at >= clock.now() - 20 * day && at < clock.now())).toBe(true);
    // A deletion is the record's last modification: the deleted records modified in the window.
    const from = soqlTime(clock.now() - 20 * day);
    const to = soqlTime(clock.now());
    expect(result.deletedRecords.map((r) => r.id).sort()).toEqual(
      await idsWhere(
        `SELECT Id FROM Contact WHERE IsDeleted = true AND LastModifiedDate >= ${from} AND LastModifiedDate < ${to}`,
      ),
    );
    expect(result.deletedRecords.length).toBeGreaterThan(5);
  });

  it('refuses a start older than 30 days with INVALID_REPLICATION_DATE', async () => {
    const error = await failure(
      f.conn.sobject('Contact').deleted(iso(clock.now() - 31 * day), iso(clock.now())),
    );
    expect(error).toEqual({
      errorCode: 'INVALID_REPLICATION_DATE',
      message: 'startDate cannot be more than 30 days ago',
    });
    expect(
      (await f.conn.sobject('Contact').updated(iso(clock.now() - 29 * day), iso(clock.now()))).ids
        .length,
    ).toBeGreaterThan(0);
  });

  it('refuses a window of a minute or less, once seconds are dropped', async () => {
    const start = Math.floor(clock.now() / minute) * minute - 2 * minute;
    const error = await failure(
      f.conn.sobject('Contact').updated(iso(start + 30_000), iso(start + minute + 59_000)),
    );
    expect(error).toEqual({
      errorCode: 'INVALID_REPLICATION_DATE',
      message: 'startDate must chronologically precede endDate by more than one minute',
    });
    const ok = await f.conn.sobject('Contact').updated(iso(start), iso(start + 2 * minute));
    expect(Array.isArray(ok.ids)).toBe(true);
  });
});
