import { mkdtemp, rm } from 'node:fs/promises';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConfidentialClientApplication,
  PublicClientApplication,
  type Configuration,
} from '@azure/msal-node';
import { SettableClock, systemClock } from '../../electron/core/clock';
import {
  startDynamicsEmulator,
  type DynamicsEmulator,
  type DynamicsEmulatorOptions,
} from '../dynamics/emulator';
import { DynamicsWebApi } from 'dynamics-web-api';
import { trustingNetworkClient } from './https-client';
import { trustCaInEveryAgent } from './trust-ca-in-agents';
import { seedCertificates } from './certificates';
import { testAnchor } from './salesforce';

export interface DynamicsFixture {
  dyn: DynamicsEmulator;
  /**
   * The emulator's clock. It starts at the system's time, because msal-node stamps its client
   * assertions with the system's clock; tests move it to expire tokens and assertions.
   */
  clock: SettableClock;
  /** msal-node's public client for the password grant, trusting the emulator's CA. */
  publicClient(): PublicClientApplication;
  /** msal-node's confidential client signing assertions with the app's certificate. */
  confidentialClient(certificate?: {
    thumbprintSha256?: string;
    thumbprint?: string;
    privateKey: string;
  }): ConfidentialClientApplication;
  /** An access token from the password grant. */
  userToken(): Promise<string>;
  /** dynamics-web-api on the emulator, its tokens from msal-node's password grant. */
  webApi(): DynamicsWebApi;
  dispose(): Promise<void>;
}

/** Starts the Dynamics emulator on a fresh data folder; generated dates lead up to `testAnchor`. */
export async function openDynamics(
  options: Omit<DynamicsEmulatorOptions, 'dataDir'> = {},
): Promise<DynamicsFixture> {
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-dynamics-test-'));
  await seedCertificates(dataDir);
  const clock = new SettableClock(systemClock.now());
  const dyn = await startDynamicsEmulator({
    records: 200,
    anchor: testAnchor,
    clock,
    ...options,
    dataDir,
  });
  const system: Configuration['system'] = { networkClient: trustingNetworkClient(dyn.caPem) };
  const auth = {
    clientId: dyn.credentials.clientId,
    authority: dyn.authority,
    knownAuthorities: [`127.0.0.1:${dyn.port}`],
  };
  const publicClient = () => new PublicClientApplication({ auth, system });
  const untrust = trustCaInEveryAgent(dyn.caPem);
  const userToken = async () => {
    const result = await publicClient().acquireTokenByUsernamePassword({
      scopes: [dyn.scope],
      username: dyn.credentials.username,
      password: dyn.credentials.password,
    });
    if (!result) throw new Error('No token.');
    return result.accessToken;
  };
  return {
    dyn,
    clock,
    publicClient,
    confidentialClient: (certificate) =>
      new ConfidentialClientApplication({
        auth: {
          ...auth,
          clientCertificate: certificate ?? {
            thumbprintSha256: dyn.certificate.thumbprintSha256,
            privateKey: dyn.certificate.privateKeyPem,
          },
        },
        system,
      }),
    userToken,
    webApi: () => {
      // One token per client until it is refused, as a caching caller would keep it.
      let token: Promise<string> | null = null;
      return new DynamicsWebApi({
        serverUrl: dyn.serverUrl,
        dataApi: { version: '9.2' },
        onTokenRefresh: () => (token ??= userToken()),
      });
    },
    dispose: async () => {
      untrust();
      await dyn.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ApiAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body, or the text when it is not JSON; null when empty. */
  body: unknown;
}

/** One Web API request over HTTPS, trusting the emulator's CA, for what no client library shows. */
export function apiRequest(
  dyn: Pick<DynamicsEmulator, 'serverUrl' | 'caPem'>,
  method: string,
  path: string,
  options: { token?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<ApiAnswer> {
  const agent = new https.Agent({ ca: dyn.caPem });
  const url = path.startsWith('https:') ? path : `${dyn.serverUrl}/api/data/v9.2${path}`;
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        agent.destroy();
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text === '' ? null : text;
        try {
          body = text === '' ? null : JSON.parse(text);
        } catch {
          // Not JSON ($batch answers, HTML error pages): kept as text.
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
