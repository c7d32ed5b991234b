import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection } from 'jsforce';
import {
  startSalesforceEmulator,
  type SalesforceEmulator,
  type SalesforceEmulatorOptions,
} from '../salesforce/emulator';
import { SettableClock } from '../../electron/core/clock';
import { seedCertificates } from './certificates';
import { trustEmulatorCa } from './trust-ca';

/**
 * The moment the emulator's generated data leads up to and its clock stands at, so dates in
 * tests never depend on the day they run: whatever reads "now" reads the emulator's clock.
 */
export const testAnchor = new Date('2026-03-02T12:00:00.000Z');

export interface SalesforceFixture {
  sf: SalesforceEmulator;
  /** A jsforce connection logged in with the password grant. */
  conn: Connection;
  newConnection(): Connection;
  dispose(): Promise<void>;
}

/** Starts an emulator on a fresh data folder, trusts its CA, and logs jsforce in. */
export async function openSalesforce(
  options: Omit<SalesforceEmulatorOptions, 'dataDir'> = {},
): Promise<SalesforceFixture> {
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-emulator-test-'));
  await seedCertificates(dataDir);
  const sf = await startSalesforceEmulator({
    records: 500,
    anchor: testAnchor,
    clock: new SettableClock(testAnchor.getTime()),
    ...options,
    dataDir,
  });
  const untrust = trustEmulatorCa(sf.caPem);
  const newConnection = () =>
    new Connection({
      loginUrl: sf.loginUrl,
      version: '62.0',
      oauth2: { clientId: sf.credentials.clientId, clientSecret: sf.credentials.clientSecret },
    });
  const conn = newConnection();
  await conn.login(sf.credentials.username, sf.credentials.password + sf.credentials.securityToken);
  return {
    sf,
    conn,
    newConnection,
    dispose: async () => {
      untrust();
      await sf.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface CaughtError {
  name: string;
  message: string;
  errorCode?: string;
}

/** The error a call fails with; fails the test if it succeeds. jsforce queries are thenables. */
export async function failureOf(call: PromiseLike<unknown>): Promise<CaughtError> {
  try {
    await call;
  } catch (error) {
    return error as CaughtError;
  }
  throw new Error('Expected the call to fail.');
}
