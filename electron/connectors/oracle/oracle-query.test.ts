import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishText } from '../../../shared/i18n/message';
import type { CrmFilterNode } from '../../../shared/domain/crm-filter';
import type { CrmPage, CrmQuery } from '../connector';
import { CrmError } from '../crm-error';
import type { OracleConnector } from './oracle-connector';
import { sortOrFilterLimitation } from './oracle-connector';
import {
  openOracleConnectorFixture,
  type OracleConnectorFixture,
} from './test-support/oracle-fixture';

let f: OracleConnectorFixture;
let v2: OracleConnector;
let v1: OracleConnector;

beforeAll(async () => {
  f = await openOracleConnectorFixture({ records: 250 });
  v2 = await f.connect();
  v1 = await f.connect({ version: 'v1.0' });
});
afterAll(async () => {
  await v2.close();
  await v1.close();
  await f.dispose();
});

async function pages(
  connector: OracleConnector,
  query: CrmQuery,
  resume?: string,
): Promise<CrmPage[]> {
  const found: CrmPage[] = [];
  for await (const page of connector.query(query, [], undefined, resume)) found.push(page);
  return found;
}
const rowsOf = (list: CrmPage[]) => list.flatMap((p) => p.rows);

/** What the emulator holds: the live contacts' ids and modification instants, in row order. */
function liveContacts(): { Id: string; ModifiedDate: string }[] {
  const store = f.ora.company.store('Contact');
  if (!store) throw new Error('no Contact store');
  const reader = store.reader();
  const live: { Id: string; ModifiedDate: string }[] = [];
  for (let ref = 0; ref < store.size; ref++) {
    if (store.isDeleted(ref)) continue;
    reader.at(ref);
    live.push({
      Id: store.idOf(ref),
      ModifiedDate: new Date(Number(reader.read('ModifiedDate'))).toISOString(),
    });
  }
  return live;
}

describe('Oracle connector: sessions and queries (emulator over HTTPS)', () => {
  it('logs in, reads the CRM user time zone and tells who it is connected as', async () => {
    expect(v2.timeZone).toBe('America/New_York');
    const check = await v2.testConnection();
    expect(check).toMatchObject({
      organization: 'CRMCONSOLE-DEMO',
      instanceUrl: f.ora.serverUrl,
      apiVersion: 'Web Services v2.0',
      timeZone: 'America/New_York',
    });
    await expect(f.connect({ password: 'wrong' })).rejects.toThrow(/refused the login/);
    await expect(f.connect({ timeZone: 'Mars/Olympus' })).rejects.toThrow(
      "'Mars/Olympus' is not a time zone",
    );
  });

  it('offers the standard objects only, each field of the catalog known to Oracle', async () => {
    const tables = await v2.listTables();
    expect(tables.map((t) => t.name)).toEqual([
      'Account',
      'Campaign',
      'Contact',
      'Lead',
      'Opportunity',
      'User',
    ]);
    expect(tables.every((t) => !t.custom)).toBe(true);
    for (const table of tables) {
      const described = await v2.describeTable(table.name);
      const first = await pages(v2, {
        table: table.name,
        fields: described.fields.map((x) => x.name),
        ids: ['NO-SUCH-ID'],
      });
      expect(rowsOf(first)).toEqual([]);
    }
    await expect(v2.describeTable('CustomObject01')).rejects.toThrow(/only the standard objects/);
  });

  it('describes types, the external id, index fields in order, picklists with multi-select', async () => {
    const contact = await v2.describeTable('Contact');
    expect(contact.modifiedFields).toEqual(['LastUpdated', 'ModifiedDate']);
    expect((await v2.describeTable('User')).modifiedFields).toEqual([
      'LastUpdated',
      'ModifiedDate',
      'LastLoggedIn',
    ]);
    const byName = new Map(contact.fields.map((x) => [x.name, x]));
    expect(byName.get('ModifiedDate')?.type).toBe('datetime');
    expect(byName.get('DateofBirth')?.type).toBe('date');
    expect(byName.get('NeverEmail')?.type).toBe('boolean');
    expect(byName.get('ExternalSystemId')?.externalId).toBe(true);
    expect(byName.get('ContactType')?.picklist).toEqual({
      multiSelect: false,
      values: expect.arrayContaining([
        { value: 'Customer', label: 'Customer', active: true },
        { value: 'Other', label: 'Other', active: false },
      ]) as unknown,
    });
    expect(byName.get('CustomMultiSelectPickList0')?.picklist?.multiSelect).toBe(true);
  });

  it('pages to the last page, and resumes from a page cursor', async () => {
    const query: CrmQuery = { table: 'Contact', fields: ['Id', 'ModifiedDate'] };
    const all = await pages(v2, query);
    const live = liveContacts();
    expect(all.length).toBe(Math.ceil(live.length / 100));
    expect(all.at(-1)?.next).toBeNull();
    expect(all.slice(0, -1).every((p) => p.rows.length === 100 && p.next !== null)).toBe(true);
    // Default conversion: Oracle's wall clock in New York read back as the true instant.
    expect(rowsOf(all)).toEqual(live);
    const resumed = await pages(v2, query, all[0]?.next ?? '');
    expect(rowsOf(resumed)).toEqual(live.slice(100));
    // The pages after the first were read through a second session as well.
    expect(v2.sessionsOpened).toBe(2);
  });

  it('reads many pages at once under a cancel signal with no listener warning', async () => {
    const large = await openOracleConnectorFixture({ records: 2_500 });
    const connector = await large.connect();
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const query: CrmQuery = { table: 'Contact', fields: ['Id'] };
      let rows = 0;
      for await (const page of connector.query(query, [], new AbortController().signal))
        rows += page.rows.length;
      expect(rows).toBeGreaterThan(2_000);
      // Process warnings are emitted on a later tick.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
      await connector.close();
      await large.dispose();
    }
  });

  it('counts a query from the recordcount of v2.0, and has no count with v1.0', async () => {
    const live = liveContacts();
    expect(await v2.count?.({ table: 'Contact', fields: ['Id'] }, [])).toBe(live.length);
    const since = new Date('2025-09-01T00:00:00Z');
    expect(
      await v2.count?.(
        { table: 'Contact', fields: ['Id'], modified: { field: 'ModifiedDate', since } },
        [],
      ),
    ).toBe(live.filter((c) => c.ModifiedDate >= since.toISOString()).length);
    // More ids than one chunk asks for: the chunks' counts add up.
    const ids = [...live.slice(0, 70).map((c) => c.Id), 'AYCA-ZZZZZZ'];
    expect(await v2.count?.({ table: 'Contact', fields: ['Id'], ids }, [])).toBe(70);
    expect(v1.count).toBeUndefined();
  });

  it('logs in again when the session expires mid-run, and the run ends as a whole', async () => {
    const query: CrmQuery = { table: 'Contact', fields: ['Id'] };
    const seen: string[] = [];
    let expired = false;
    for await (const page of v2.query(query, [])) {
      seen.push(...page.rows.map((r) => String(r.Id)));
      if (!expired) {
        f.ora.expireSessions();
        expired = true;
      }
    }
    expect(seen).toEqual(liveContacts().map((c) => c.Id));
    const fault = f.ora.faults.add({ route: 'queryPage', kind: 'expiredSession', count: 1 });
    expect(rowsOf(await pages(v2, query))).toHaveLength(seen.length);
    expect(fault.fired).toBe(1);
  });

  it('with v2.0 sorts a filtered query', async () => {
    const since = new Date('2025-09-01T00:00:00Z');
    const sorted = rowsOf(
      await pages(v2, {
        table: 'Contact',
        fields: ['Id', 'ModifiedDate'],
        modified: { field: 'ModifiedDate', since },
        orderBy: [{ field: 'ModifiedDate', descending: true }],
      }),
    );
    const expected = liveContacts()
      .filter((c) => c.ModifiedDate >= since.toISOString())
      .map((c) => c.ModifiedDate)
      .sort()
      .reverse();
    expect(sorted.map((r) => r.ModifiedDate)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(5);
  });

  it('converts window bounds into the wall clock of the CRM zone across both DST changes', async () => {
    const live = liveContacts();
    for (const [since, until] of [
      ['2025-03-01T00:00:00.000Z', '2025-03-20T00:00:00.000Z'],
      ['2025-10-20T00:00:00.000Z', '2025-11-10T00:00:00.000Z'],
    ] as const) {
      const found = rowsOf(
        await pages(v2, {
          table: 'Contact',
          fields: ['Id', 'ModifiedDate'],
          modified: { field: 'ModifiedDate', since: new Date(since), until: new Date(until) },
        }),
      );
      expect(found).toEqual(live.filter((c) => c.ModifiedDate >= since && c.ModifiedDate < until));
    }
  });

  it('with v1.0 sorts or filters, and refuses both before any call, in the seed words', async () => {
    const guard = f.ora.faults.add({
      route: 'queryPageV1',
      kind: 'serverError',
      status: 503,
      count: Infinity,
    });
    const filter: CrmFilterNode = {
      kind: 'condition',
      left: 'ContactEmail',
      operator: 'isNotEmpty',
    };
    const both: CrmQuery = {
      table: 'Contact',
      fields: ['Id'],
      filter: { node: filter, values: new Map() },
      orderBy: [{ field: 'ContactLastName', descending: false }],
    };
    await expect(pages(v1, both)).rejects.toThrow(new CrmError(sortOrFilterLimitation));
    await expect(
      pages(v1, { table: 'Contact', fields: ['Id'], ids: ['AYCA-1'], orderBy: both.orderBy }),
    ).rejects.toThrow(englishText(sortOrFilterLimitation));
    expect(guard.fired).toBe(0);
    guard.remove();
    const sortedNames = rowsOf(
      await pages(v1, { table: 'Contact', fields: ['ContactLastName'], orderBy: both.orderBy }),
    ).map((r) => String(r.ContactLastName));
    expect(sortedNames).toEqual([...sortedNames].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const withEmail = rowsOf(
      await pages(v1, { ...both, orderBy: [], fields: ['Id', 'ContactEmail'] }),
    );
    expect(withEmail.length).toBeGreaterThan(0);
    expect(withEmail.every((r) => typeof r.ContactEmail === 'string')).toBe(true);
  });

  it('keeps the wall clock Oracle wrote for the raw fields (Without time offset, Copy/Paste)', async () => {
    const [raw, converted] = await Promise.all([
      pages(v2, { table: 'Contact', fields: ['Id', 'ModifiedDate'], rawFields: ['ModifiedDate'] }),
      pages(v2, { table: 'Contact', fields: ['Id', 'ModifiedDate'] }),
    ]);
    const first = rowsOf(raw)[0];
    const instant = rowsOf(converted)[0];
    expect(first?.ModifiedDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    const wall = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'America/New_York',
      dateStyle: 'short',
      timeStyle: 'medium',
      hourCycle: 'h23',
    })
      .format(new Date(String(instant?.ModifiedDate)))
      .replace(' ', 'T');
    expect(first?.ModifiedDate).toBe(wall);
  });
});
