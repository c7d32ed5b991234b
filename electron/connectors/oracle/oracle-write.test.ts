import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordRow } from '../../../shared/domain/records';
import type { OracleConnector } from './oracle-connector';
import { queryPageCall } from './oracle-soap';
import { OracleSession } from './oracle-session';
import {
  openOracleConnectorFixture,
  type OracleConnectorFixture,
} from './test-support/oracle-fixture';

let f: OracleConnectorFixture;
let ora: OracleConnector;

beforeAll(async () => {
  f = await openOracleConnectorFixture({ records: 60 });
  ora = await f.connect();
});
afterAll(async () => {
  await ora.close();
  await f.dispose();
});

const contacts = () => {
  const store = f.ora.company.store('Contact');
  if (!store) throw new Error('no Contact store');
  return store;
};
const valueOf = (id: string, field: string) => {
  const store = contacts();
  const ref = store.refOf(id);
  if (ref === null) return undefined;
  return store.reader().at(ref).read(field);
};

describe('Oracle connector: writes, deletes, deleted items, rejects (emulator over HTTPS)', () => {
  it('upserts by ExternalSystemId in batches of 20, each record with its own result', async () => {
    const records: RecordRow[] = Array.from({ length: 25 }, (_, i) => ({
      ExternalSystemId: `ACC-${i}`,
      ContactLastName: i === 7 ? null : `Export ${i}`,
      ContactType: i === 22 ? 'NoSuchType' : 'Customer',
      DateofBirth: '1980-02-29',
    }));
    const results = await ora.write('Contact', 'upsert', records, 'ExternalSystemId');
    expect(results.map((r) => r.index)).toEqual(records.map((_, i) => i));
    expect(results.filter((r) => !r.ok).map((r) => r.index)).toEqual([7, 22]);
    for (const bad of results.filter((r) => !r.ok)) {
      expect(bad.errors[0]?.code).toMatch(/^SBL-[A-Z]+-\d+$/);
      expect(bad.errors[0]?.symbol).toMatch(/^IDS_/);
      expect(bad.errors[0]?.logFilename).toMatch(/\.log$/);
      expect(bad.errors[0]?.message.length).toBeGreaterThan(10);
    }
    const good = results.find((r) => r.index === 3);
    expect(good?.id).toMatch(/^AYCA-/);
    expect(valueOf(good?.id ?? '', 'ContactLastName')).toBe('Export 3');
    expect(valueOf(good?.id ?? '', 'ExternalSystemId')).toBe('ACC-3');

    const again = await ora.write(
      'Contact',
      'upsert',
      [{ ExternalSystemId: 'ACC-3', ContactLastName: 'Export 3 again' }],
      'ExternalSystemId',
    );
    expect(again[0]).toMatchObject({ ok: true, id: good?.id });
    expect(valueOf(good?.id ?? '', 'ContactLastName')).toBe('Export 3 again');
  });

  it('refuses a value Oracle cannot take before sending, and an upsert key Oracle does not match on', async () => {
    const results = await ora.write('Contact', 'insert', [
      { ContactLastName: 'Fine', DateofBirth: '1990-07-04' },
      { ContactLastName: 'Born soon', DateofBirth: 'soon' },
    ]);
    expect(results[0]?.ok).toBe(true);
    expect(results[1]).toMatchObject({
      ok: false,
      errors: [{ code: 'INVALID_VALUE', message: "'soon' is not a date for DateofBirth." }],
    });
    await expect(
      ora.write('Contact', 'upsert', [{ ContactEmail: 'x@y.z' }], 'ContactEmail'),
    ).rejects.toThrow(/by Id or ExternalSystemId/);
    await expect(ora.write('Contact', 'insert', [{ Nickname: 'x' }])).rejects.toThrow(
      "Table 'Contact' has no field 'Nickname'.",
    );
  });

  it('updates by Id', async () => {
    const id = contacts().idOf(1);
    const [result] = await ora.write('Contact', 'update', [{ Id: id, JobTitle: 'Updated title' }]);
    expect(result).toMatchObject({ ok: true, id });
    expect(valueOf(id, 'JobTitle')).toBe('Updated title');
  });

  it('deletes with mixed results, and finds the deletions among the Deleted Items', async () => {
    const store = contacts();
    const live = [2, 3, 4]
      .map((ref) => store.idOf(ref))
      .filter((id) => !store.isDeleted(store.refOf(id) ?? 0));
    const results = await ora.deleteRecords('Contact', [...live, 'AYCA-ZZZZZZ']);
    expect(results.map((r) => r.ok)).toEqual([...live.map(() => true), false]);
    expect(results.at(-1)?.errors[0]?.code).toMatch(/^SBL-/);
    const now = new Date(f.ora.clock.now());
    const { records: found } = await ora.deleted(
      'Contact',
      new Date(now.getTime() - 60_000),
      new Date(now.getTime() + 60_000),
    );
    expect(found.map((d) => d.id).sort()).toEqual([...live].sort());
    for (const d of found)
      expect(Math.abs(Date.parse(d.deletedDate) - now.getTime())).toBeLessThan(60_000);
    const { records: generated } = await ora.deleted(
      'Contact',
      new Date(Date.parse('2026-03-02T12:00:00Z') - 30 * 86_400_000),
      new Date('2026-03-02T12:00:00Z'),
    );
    // The generated deletions (2 % of the records, within 28 days of the anchor).
    const expected = [
      ...new Set(
        store
          .generatedDeletions()
          .map((d) => store.idOf(d.ref))
          .filter((id) => !live.includes(id)),
      ),
    ];
    expect(generated.map((d) => d.id).sort()).toEqual(expected.sort());
  });
});

describe('Oracle session: the request rate', () => {
  const calls = 45;
  const oneQuery = queryPageCall({
    object: 'Contact',
    fields: ['Id'],
    criteria: { kind: 'fields', expressions: new Map() },
    sort: [],
    pageSize: 1,
    startRow: 0,
    version: 'v2.0',
  });

  it('paces itself under the limiter: no refusal in a burst of 45 calls', async () => {
    const session = await OracleSession.open(f.connection().login);
    try {
      for (let i = 0; i < calls; i++) await session.call(oneQuery);
      expect(session.rateRefusals).toBe(0);
    } finally {
      await session.close();
    }
  });

  it('waits the time the limiter names when it refuses, then the call ends well', async () => {
    const fault = f.ora.faults.add({
      route: 'queryPage',
      kind: 'rateLimit',
      retryAfterSeconds: 0.2,
      count: 2,
    });
    const paced = await OracleSession.open(f.connection().login);
    try {
      await paced.call(oneQuery);
      expect(fault.fired).toBe(2);
      expect(paced.rateRefusals).toBe(2);
    } finally {
      await paced.close();
    }
  });
});
