import https from 'node:https';
import { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureOf, openSalesforce, type SalesforceFixture } from '../test-support/salesforce';

let f: SalesforceFixture;
beforeAll(async () => {
  f = await openSalesforce({ records: 50 });
});
afterAll(() => f.dispose());

/** A GET through a fresh agent trusting only the given CAs (or the system's). */
function get(url: string, ca?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { agent: new https.Agent(ca ? { ca } : {}) }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('error', reject);
  });
}

describe('Salesforce login', () => {
  it('logs in with the password grant, security token appended', async () => {
    const conn = f.newConnection();
    const user = await conn.login(
      f.sf.credentials.username,
      f.sf.credentials.password + f.sf.credentials.securityToken,
    );
    expect(user.organizationId).toBe(f.sf.org.organizationId);
    expect(user.id).toMatch(/^005[0-9A-Za-z]{15}$/);
    expect(user.url).toBe(`${f.sf.loginUrl}/id/${user.organizationId}/${user.id}`);
    expect(conn.instanceUrl).toBe(f.sf.loginUrl);
    expect(conn.accessToken).toMatch(/^00D[0-9A-Za-z]{12}!/);
    const identity = await conn.identity();
    expect(identity.username).toBe(f.sf.credentials.username);
  });

  it('refuses a wrong password, or a missing security token, with invalid_grant', async () => {
    const { username, password } = f.sf.credentials;
    for (const attempt of [`${password}x${f.sf.credentials.securityToken}`, password]) {
      const error = await f
        .newConnection()
        .login(username, attempt)
        .catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).name).toBe('invalid_grant');
      expect((error as Error).message).toBe('authentication failure');
    }
  });

  it('refuses an unknown connected app and a wrong client secret', async () => {
    const { username, password, securityToken, clientId } = f.sf.credentials;
    const attempt = (oauth2: { clientId: string; clientSecret: string }) =>
      new Connection({ loginUrl: f.sf.loginUrl, oauth2 })
        .login(username, password + securityToken)
        .catch((e: Error) => e);
    const unknownApp = await attempt({ clientId: 'nope', clientSecret: 'x' });
    expect([(unknownApp as Error).name, (unknownApp as Error).message]).toEqual([
      'invalid_client_id',
      'client identifier invalid',
    ]);
    const wrongSecret = await attempt({ clientId, clientSecret: 'wrong' });
    expect([(wrongSecret as Error).name, (wrongSecret as Error).message]).toEqual([
      'invalid_client',
      'invalid client credentials',
    ]);
  });

  it('issues a token with the client-credentials grant', async () => {
    const conn = f.newConnection();
    const user = await conn.authorize({ grant_type: 'client_credentials' });
    expect(user.organizationId).toBe(f.sf.org.organizationId);
    const result = await conn.query('SELECT Id FROM User LIMIT 1');
    expect(result.records).toHaveLength(1);
  });

  it('lists the API versions with their release names', async () => {
    const versions =
      await f.conn.request<{ label: string; url: string; version: string }[]>('/services/data/');
    expect(versions).toContainEqual({
      label: "Winter '25",
      url: '/services/data/v62.0',
      version: '62.0',
    });
    expect(versions.at(-1)?.version).toBe('64.0');
  });

  it('answers 401 INVALID_SESSION_ID to a call without a valid token', async () => {
    const conn = new Connection({
      instanceUrl: f.sf.loginUrl,
      accessToken: 'forged',
      version: '62.0',
    });
    const error = await failureOf(conn.query('SELECT Id FROM Contact'));
    expect(error.errorCode).toBe('INVALID_SESSION_ID');
    expect(error.message).toBe('Session expired or invalid');
  });

  it('serves TLS only to clients that trust the emulator CA', async () => {
    const url = `${f.sf.loginUrl}/services/data/`;
    await expect(get(url)).rejects.toMatchObject({ code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
    expect(await get(url, f.sf.caPem)).toBe(200);
    expect(await get(url.replace('127.0.0.1', 'localhost'), f.sf.caPem)).toBe(200);
  });
});
