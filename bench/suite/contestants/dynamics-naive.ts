import { PublicClientApplication } from '@azure/msal-node';
import Database from 'better-sqlite3';
import https from 'node:https';
import { z } from 'zod';
import { agentNetworkClient } from '../../../electron/connectors/dynamics/msal-network';
import type { DynamicsEmulatorLogin } from '../../workflows/emulator-process';

/** The fields the console's Dynamics import reads (console-dynamics.ts), with the record id. */
export const dynamicsContactFields = [
  'contactid',
  'firstname',
  'lastname',
  'emailaddress1',
  'telephone1',
  'address1_city',
  'birthdate',
  'donotemail',
  'modifiedon',
] as const;

const pageSchema = z.object({
  value: z.array(z.record(z.string(), z.unknown())),
  '@odata.nextLink': z.string().optional(),
});

/** A token as a quick script gets one: msal-node's password grant, as the console's account does. */
async function naiveToken(login: DynamicsEmulatorLogin): Promise<string> {
  const host = new URL(login.authority).host;
  const client = new PublicClientApplication({
    auth: { clientId: login.clientId, authority: login.authority, knownAuthorities: [host] },
    // Through Node's HTTPS agent, which trusts the emulators' CA (msal-node's own uses fetch).
    system: { networkClient: agentNetworkClient },
  });
  const result = await client.acquireTokenByUsernamePassword({
    scopes: [`${login.serverUrl}/.default`],
    username: login.username,
    password: login.password,
  });
  if (!result?.accessToken) throw new Error('No access token.');
  return result.accessToken;
}

interface Answer {
  status: number;
  body: string;
}

/** One Web API call over Node's HTTPS, as the console's client makes them (keep-alive agent). */
function call(
  url: string,
  token: string,
  method: 'GET' | 'POST',
  headers: Record<string, string>,
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      {
        method,
        agent: https.globalAgent,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json',
          'OData-Version': '4.0',
          'OData-MaxVersion': '4.0',
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const apiUrl = (login: DynamicsEmulatorLogin, path: string) =>
  `${login.serverUrl}/api/data/v9.2/${path}`;

/**
 * The sequential client of issue 16 for Dynamics 365: one request per page following
 * `@odata.nextLink`, each page of 5,000 inserted into better-sqlite3 (WAL) in one transaction.
 */
export async function dynamicsNaivePager(
  login: DynamicsEmulatorLogin,
  file: string,
): Promise<number> {
  const token = await naiveToken(login);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  const columns = dynamicsContactFields;
  db.exec(
    `CREATE TABLE contact (${columns.map((f) => (f === 'contactid' ? `${f} TEXT PRIMARY KEY` : f)).join(', ')})`,
  );
  const insert = db.prepare(
    `INSERT OR REPLACE INTO contact VALUES (${columns.map(() => '?').join(', ')})`,
  );
  const store = db.transaction((rows: Record<string, unknown>[]) => {
    for (const r of rows)
      insert.run(
        columns.map((f) => {
          const v = r[f];
          return typeof v === 'boolean' ? Number(v) : (v ?? null);
        }),
      );
  });
  let url: string | undefined = apiUrl(login, `contacts?$select=${columns.join(',')}`);
  let count = 0;
  while (url) {
    const answer = await call(url, token, 'GET', { Prefer: 'odata.maxpagesize=5000' });
    if (answer.status !== 200) throw new Error(`The page answered HTTP ${answer.status}.`);
    const page = pageSchema.parse(JSON.parse(answer.body));
    store(page.value);
    count += page.value.length;
    url = page['@odata.nextLink'];
  }
  db.close();
  return count;
}

/** One new contact per request, one after another: the sequential sender of the export case. */
export async function dynamicsNaiveSender(
  login: DynamicsEmulatorLogin,
  count: number,
): Promise<number> {
  const token = await naiveToken(login);
  let created = 0;
  for (let i = 1; i <= count; i++) {
    const answer = await call(
      apiUrl(login, 'contacts'),
      token,
      'POST',
      { 'Content-Type': 'application/json; charset=utf-8' },
      JSON.stringify({
        firstname: `Naive${i % 5000}`,
        lastname: `Sender${i}`,
        emailaddress1: `naive.sender${i}@example.org`,
      }),
    );
    if (answer.status === 204 || answer.status === 201) created++;
  }
  return created;
}
