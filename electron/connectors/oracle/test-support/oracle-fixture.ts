import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOracleEmulator, type OracleEmulator } from '../../../../emulators/oracle/emulator';
import { seedCertificates } from '../../../../emulators/test-support/certificates';
import { testAnchor } from '../../../../emulators/test-support/salesforce';
import { trustAuthority } from '../../tls-trust';
import { OracleConnector, type OracleConnection } from '../oracle-connector';
import type { OracleApiVersion } from '../oracle-soap';

export interface OracleConnectorFixture {
  ora: OracleEmulator;
  connect(options?: {
    version?: OracleApiVersion;
    timeZone?: string | null;
    password?: string;
  }): Promise<OracleConnector>;
  connection(options?: { version?: OracleApiVersion; timeZone?: string | null }): OracleConnection;
  dispose(): Promise<void>;
}

/**
 * The Oracle emulator over HTTPS on a real socket, on the system clock (its rate limiter and
 * session idle time count real time, as the connector's pacer does), its data anchored at the
 * test anchor so that no test depends on today's date; its CA trusted as a company's would be.
 */
export async function openOracleConnectorFixture(
  options: { records?: number; timeZone?: string } = {},
): Promise<OracleConnectorFixture> {
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-oracle-connector-'));
  await seedCertificates(dataDir);
  const ora = await startOracleEmulator({
    dataDir,
    port: 0,
    records: options.records ?? 250,
    seed: 7,
    anchor: testAnchor,
    timeZone: options.timeZone ?? 'America/New_York',
  });
  trustAuthority(ora.caPem);
  const connection = (o: { version?: OracleApiVersion; timeZone?: string | null } = {}) => ({
    login: {
      serverUrl: ora.serverUrl,
      username: ora.credentials.username,
      password: ora.credentials.password,
    },
    version: o.version ?? 'v2.0',
    timeZone: o.timeZone ?? null,
  });
  return {
    ora,
    connection,
    connect: (o = {}) => {
      const c = connection(o);
      return OracleConnector.connect(
        o.password === undefined ? c : { ...c, login: { ...c.login, password: o.password } },
      );
    },
    dispose: async () => {
      await ora.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
