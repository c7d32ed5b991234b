import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../shared/domain/demo-accounts';
import { startDemoEmulator } from '../../emulators/demo-emulators';
import { seedCertificates } from '../../emulators/test-support/certificates';
import { systemClock } from '../core/clock';
import { crmKinds } from './registry';
import { trustAuthority } from './tls-trust';
import type { CrmKind } from './crm-kind';
import type { AccountType } from '../../shared/domain/accounts';

const settingsOf = (account: (typeof demoAccounts)[number]) =>
  'salesforce' in account
    ? account.salesforce
    : 'dynamics' in account
      ? account.dynamics
      : account.oracle;

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'crm-demo-logins-'));
  await seedCertificates(dataDir);
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe.each(demoAccounts)('$label', (account) => {
  it('names on its form the user its Test connection signs in as', async () => {
    const demo = await startDemoEmulator(account.type, { dataDir, records: 5, clock: systemClock });
    trustAuthority(demo.caPem);
    const kind = crmKinds[account.type] as CrmKind<AccountType>;
    const settings = settingsOf(account);
    const connector = await kind.connect(
      settings,
      { kind: 'demo', endpoint: { url: demo.url, credentials: demo.credentials } },
      systemClock,
    );
    try {
      const check = await connector.testConnection();
      // Oracle adds the user's full name in brackets.
      expect(check.user.startsWith(settings.account)).toBe(true);
    } finally {
      await connector.close();
      await demo.close();
    }
  });
});
