import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOracleAccount } from '../../../shared/domain/demo-accounts';
import { startDemoEmulator, type DemoEmulator } from '../../../emulators/demo-emulators';
import { seedCertificates } from '../../../emulators/test-support/certificates';
import { systemClock } from '../../core/clock';
import { trustAuthority } from '../tls-trust';
import { oracleKind } from './oracle-kind';
import { sortOrFilterLimitation } from './oracle-connector';

let dataDir: string;
let demo: DemoEmulator;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'crm-oracle-kind-'));
  await seedCertificates(dataDir);
  demo = await startDemoEmulator('oracle', { dataDir, records: 30, clock: systemClock });
  trustAuthority(demo.caPem);
});
afterAll(async () => {
  await demo.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the Oracle On Demand kind', () => {
  it("opens the Demo account's connector on its emulator, the zone read from the CRM", async () => {
    const connector = await oracleKind.connect(
      demoOracleAccount.oracle,
      { kind: 'demo', endpoint: { url: demo.url, credentials: demo.credentials } },
      systemClock,
    );
    try {
      expect(await connector.testConnection()).toMatchObject({
        organization: 'CRMCONSOLE-DEMO',
        apiVersion: 'Web Services v2.0',
        timeZone: 'America/New_York',
      });
    } finally {
      await connector.close();
    }
  });

  it('knows its capabilities from the settings, without a login', () => {
    const v2 = oracleKind.capabilities(demoOracleAccount.oracle);
    const v1 = oracleKind.capabilities({ ...demoOracleAccount.oracle, apiVersion: 'v1.0' });
    expect(v2).toMatchObject({
      orderBy: true,
      sortOrFilterOnly: null,
      datesHaveTimeZone: false,
      maxWriteBatch: 20,
      indexFields: ['LastUpdated', 'ModifiedDate', 'LastLoggedIn'],
      createdField: 'CreatedDate',
      rejectLogFile: true,
    });
    expect(v1.sortOrFilterOnly).toBe(sortOrFilterLimitation);
  });

  it('refuses an account without a password before any call', async () => {
    await expect(
      oracleKind.connect(
        { ...demoOracleAccount.oracle, serverUrl: demo.url },
        { kind: 'secrets', secrets: { password: null } },
        systemClock,
      ),
    ).rejects.toThrow('Enter the password of the Oracle On Demand account.');
  });

  it('shows a filter as Oracle is asked it', () => {
    const values = new Map([['5', { kind: 'number' as const, value: 5 }]]);
    expect(
      oracleKind.filterQuery(
        { kind: 'condition', left: 'Revenue', operator: '>=', right: '5' },
        new Map(),
        values,
      ),
    ).toBe('Revenue: >= 5');
  });
});
