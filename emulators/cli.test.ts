import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeBundleOptions } from '../scripts/bundle-options.mjs';
import { EmulatorFlagError, parseEmulatorFlags } from './cli-flags';
import {
  httpsCall,
  listAttributes,
  queryPageV2Input,
  readSoapAnswer,
  soapEnvelope,
} from './test-support/oracle';
import { trustEmulatorCa } from './test-support/trust-ca';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { apiRequest } from './test-support/dynamics';
import { trustingNetworkClient } from './test-support/https-client';

let workDir: string;
let bundle: string;
beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'crm-emulator-cli-'));
  bundle = fileURLToPath(
    new URL('../../node_modules/.cache/crm-console/emulators.cjs', import.meta.url),
  );
  await build({
    ...nodeBundleOptions,
    entryPoints: [fileURLToPath(new URL('./cli.ts', import.meta.url))],
    outfile: bundle,
    sourcemap: false,
  });
});
afterAll(() => rm(workDir, { recursive: true, force: true }));

describe('emulator flags', () => {
  it('reads --records, --port-base, --seed and --data-dir, with the console defaults', () => {
    expect(
      parseEmulatorFlags(['--records', '100', '--port-base', '9443', '--data-dir', '/d'], {}),
    ).toEqual({
      records: 100,
      portBase: 9443,
      seed: 1,
      dataDir: '/d',
      help: false,
    });
    expect(parseEmulatorFlags([], { CRM_CONSOLE_DATA_DIR: '/env' })).toMatchObject({
      records: 1000,
      portBase: 0,
      dataDir: '/env',
    });
    expect(parseEmulatorFlags([], { XDG_CONFIG_HOME: '/cfg' }).dataDir).toMatch(
      /CRM Connector Console$/,
    );
  });

  it('refuses bad values and unknown flags', () => {
    expect(() => parseEmulatorFlags(['--records', 'many'], {})).toThrow(EmulatorFlagError);
    expect(() => parseEmulatorFlags(['--port-base', '70000'], {})).toThrow(
      "--port-base expects a whole number from 0 to 65533, not '70000'.",
    );
    expect(() => parseEmulatorFlags(['--nope'], {})).toThrow();
  });
});

/** The printed Dynamics details sign in with msal-node's certificate flow and reach WhoAmI. */
async function checkDynamics(dynamics: Record<string, string>, caPem: string): Promise<void> {
  const { serverUrl, authority, clientId, certificateFile, privateKeyFile, thumbprint } = dynamics;
  expect(authority).toMatch(new RegExp(`^${serverUrl}/[0-9a-f-]{36}$`));
  const app = new ConfidentialClientApplication({
    auth: {
      clientId: String(clientId),
      authority: String(authority),
      knownAuthorities: [new URL(String(serverUrl)).host],
      clientCertificate: {
        thumbprint: String(thumbprint),
        privateKey: await readFile(String(privateKeyFile), 'utf8'),
      },
    },
    system: { networkClient: trustingNetworkClient(caPem) },
  });
  const result = await app.acquireTokenByClientCredential({ scopes: [`${serverUrl}/.default`] });
  expect(await readFile(String(certificateFile), 'utf8')).toContain('BEGIN CERTIFICATE');
  const whoAmI = await apiRequest({ serverUrl: String(serverUrl), caPem }, 'GET', '/WhoAmI', {
    token: result?.accessToken ?? '',
  });
  expect(whoAmI.status).toBe(200);
}

describe('npm run emulators', () => {
  it('prints one JSON line a client can log in with, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [bundle, '--records', '100', '--data-dir', workDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const firstLine = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        lines.push(line);
        resolve(line);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
    });
    try {
      const printed = JSON.parse(firstLine) as {
        salesforce: Record<string, string>;
        dynamics: Record<string, string>;
        oracle: Record<string, string>;
        caFile: string;
      };
      expect(Object.keys(printed)).toEqual(['salesforce', 'dynamics', 'oracle', 'caFile']);
      expect(Object.keys(printed.dynamics)).toEqual([
        'serverUrl',
        'authority',
        'clientId',
        'username',
        'password',
        'certificateFile',
        'privateKeyFile',
        'thumbprint',
      ]);
      await checkDynamics(printed.dynamics, await readFile(printed.caFile, 'utf8'));
      expect(Object.keys(printed.salesforce)).toEqual([
        'loginUrl',
        'username',
        'password',
        'securityToken',
        'clientId',
        'clientSecret',
      ]);
      expect(printed.caFile).toBe(join(workDir, 'emulators', 'ca.pem'));
      const { loginUrl, username, password, securityToken, clientId, clientSecret } =
        printed.salesforce;
      expect(loginUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const untrust = trustEmulatorCa(await readFile(printed.caFile, 'utf8'));
      try {
        const conn = new Connection({ loginUrl, oauth2: { clientId, clientSecret } });
        await conn.login(String(username), `${password}${securityToken}`);
        expect((await conn.query('SELECT COUNT() FROM Account', { scanAll: true })).totalSize).toBe(
          100,
        );
      } finally {
        untrust();
      }
      const oracle = printed.oracle;
      expect(Object.keys(oracle)).toEqual(['serverUrl', 'username', 'password', 'timeZone']);
      expect(oracle.timeZone).toBe('America/New_York');
      const ca = await readFile(printed.caFile, 'utf8');
      const endpoint = `${oracle.serverUrl}/Services/Integration`;
      const login = await httpsCall(`${endpoint}?command=login`, ca, {
        method: 'GET',
        headers: { UserName: String(oracle.username), Password: String(oracle.password) },
      });
      expect(login.status).toBe(200);
      const page = readSoapAnswer(
        await httpsCall(endpoint, ca, {
          method: 'POST',
          headers: {
            SOAPAction: '"document/urn:crmondemand/ws/ecbs/account/:AccountQueryPage"',
            Cookie: String(login.headers['set-cookie']?.[0]).split(';')[0] ?? '',
          },
          body: soapEnvelope(
            {},
            'urn:crmondemand/ws/ecbs/account/',
            'AccountQueryPage_Input',
            queryPageV2Input('Account', { Id: '' }, { recordcountneeded: true }),
          ),
        }),
      );
      expect(Number(listAttributes(page, 'Account').recordcount)).toBeGreaterThan(90);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(lines).toHaveLength(1);
  });
});
