import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSalesforce, type SalesforceFixture } from '../test-support/salesforce';

let f: SalesforceFixture;
beforeAll(async () => {
  f = await openSalesforce({ records: 50 });
});
afterAll(() => f.dispose());

interface UserInfo {
  sub: string;
  user_id: string;
  organization_id: string;
  preferred_username: string;
  email: string;
  urls: Record<string, string>;
  utcOffset: number;
}

/** A raw GET with the session's token, as the Salesforce CLI's transport sends it. */
async function get(path: string, token = f.conn.accessToken ?? '') {
  return f.conn.request<unknown>({
    method: 'GET',
    url: `${f.sf.loginUrl}${path}`,
    headers: { Authorization: `Bearer ${token}` },
  });
}

describe('OAuth userinfo and the identity URL', () => {
  it('answers userinfo with the API user, the org and the REST URLs', async () => {
    const info = (await get('/services/oauth2/userinfo')) as UserInfo;
    const { organizationId, userId } = f.sf.org;
    expect(info.preferred_username).toBe(f.sf.credentials.username);
    expect(info.organization_id).toBe(organizationId);
    expect(info.user_id).toBe(userId);
    expect(info.sub).toBe(`${f.sf.loginUrl}/id/${organizationId}/${userId}`);
    expect(info.urls.rest).toBe(`${f.sf.loginUrl}/services/data/v{version}/`);
    expect(Number.isInteger(info.utcOffset)).toBe(true);
  });

  it('gives the same user at the identity URL named by the token answer', async () => {
    const identity = await f.conn.identity();
    expect(identity.id).toBe(`${f.sf.loginUrl}/id/${f.sf.org.organizationId}/${f.sf.org.userId}`);
    expect(identity.username).toBe(f.sf.credentials.username);
    expect(identity.organization_id).toBe(f.sf.org.organizationId);
  });

  it("reads the user's Username from the User record, as the CLI checks it", async () => {
    const user = (await f.conn.sobject('User').retrieve(f.sf.org.userId)) as { Username: string };
    expect(user.Username).toBe(f.sf.credentials.username);
  });

  it('refuses userinfo without a valid token', async () => {
    const answer = await fetchStatus('/services/oauth2/userinfo', 'not-a-token');
    expect(answer).toEqual({ status: 403, body: 'Bad_OAuth_Token' });
  });
});

describe('a base URL kept with a trailing slash', () => {
  it('serves `//services/data` as `/services/data`, as the Salesforce CLI asks it', async () => {
    const answer = await fetchStatus('//services/data', f.conn.accessToken ?? '');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toContainEqual({
      label: "Summer '25",
      url: '/services/data/v64.0',
      version: '64.0',
    });
  });
});

describe('/limits', () => {
  it("lists the org's allocations with Max and Remaining, API calls counted", async () => {
    const limits = (await get('/services/data/v62.0/limits')) as Record<
      string,
      { Max: number; Remaining: number }
    >;
    expect(Object.keys(limits).length).toBeGreaterThan(40);
    expect(limits.DailyBulkV2QueryJobs).toEqual({ Max: 10000, Remaining: 10000 });
    expect(limits.DailyBulkApiBatches?.Max).toBe(15000);
    const api = limits.DailyApiRequests as { Max: number; Remaining: number };
    expect(api.Remaining).toBeLessThan(api.Max);
    const storage = limits.DataStorageMB as { Max: number; Remaining: number };
    expect(storage.Remaining).toBeLessThan(storage.Max);
  });
});

async function fetchStatus(path: string, token: string) {
  const { request } = await import('node:https');
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    request(`${f.sf.loginUrl}${path}`, {
      ca: f.sf.caPem,
      headers: { Authorization: `Bearer ${token}` },
    })
      .on('response', (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject)
      .end();
  });
}
