import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/core/clock';
import { trustEmulatorCa } from '../test-support/trust-ca';
import { startSalesforceEmulator, writeJournalFile, type SalesforceEmulator } from './emulator';

/** The Demo org keeps what the API wrote across restarts: an export is never undone by a restart. */
let dataDir: string;
const clock = new SettableClock(Date.parse('2026-05-01T08:00:00.000Z'));

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'crm-emulator-journal-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function withOrg<T>(work: (conn: Connection, sf: SalesforceEmulator) => Promise<T>) {
  const sf = await startSalesforceEmulator({ dataDir, records: 30, clock, persistWrites: true });
  const untrust = trustEmulatorCa(sf.caPem);
  try {
    const c = sf.credentials;
    const conn = new Connection({
      loginUrl: sf.loginUrl,
      version: '62.0',
      oauth2: { clientId: c.clientId, clientSecret: c.clientSecret },
    });
    await conn.login(c.username, c.password + c.securityToken);
    return await work(conn, sf);
  } finally {
    untrust();
    await sf.close();
  }
}

const contacts = (conn: Connection) =>
  conn.query<{ Id: string; LastName: string; CreatedDate: string }>(
    'SELECT Id, LastName, CreatedDate FROM Contact ORDER BY Id',
    { autoFetch: true },
  );

describe('the Demo org write journal', () => {
  it('applies the writes again at the next start, on the same generated records', async () => {
    const before = await withOrg(async (conn) => {
      const generated = (await contacts(conn)).records;
      const [created] = await conn.sobject('Contact').create([{ LastName: 'Exported' }]);
      await conn.sobject('Contact').update({ Id: generated[0]?.Id ?? '', LastName: 'Renamed' });
      await conn.sobject('Contact').destroy(generated[1]?.Id ?? '');
      return { generated, createdId: created?.id };
    });
    clock.advance(3 * 86_400_000);
    const after = await withOrg(async (conn) => (await contacts(conn)).records);
    const byId = new Map(after.map((r) => [r.Id, r]));
    expect(byId.get(before.createdId ?? '')?.LastName).toBe('Exported');
    expect(byId.get(before.generated[0]?.Id ?? '')?.LastName).toBe('Renamed');
    expect(byId.has(before.generated[1]?.Id ?? '')).toBe(false);
    // The generated data leads up to the first start, not this one.
    expect(byId.get(before.generated[2]?.Id ?? '')?.CreatedDate).toBe(
      before.generated[2]?.CreatedDate,
    );
  });

  it('drops a line cut short by a crash and goes on writing after the last whole one', async () => {
    const file = writeJournalFile(dataDir);
    await appendFile(file, '{"op":"create","object":"Contact","re');
    const id = await withOrg(async (conn) => {
      const [created] = await conn.sobject('Contact').create([{ LastName: 'AfterCrash' }]);
      return created?.id;
    });
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    expect(lines.every((line) => JSON.parse(line) !== null)).toBe(true);
    const names = await withOrg(async (conn) => (await contacts(conn)).records);
    expect(names.find((r) => r.Id === id)?.LastName).toBe('AfterCrash');
    expect(names.filter((r) => r.LastName === 'Exported')).toHaveLength(1);
  });
});
