import https from 'node:https';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openSalesforce, type SalesforceFixture } from '../test-support/salesforce';

let f: SalesforceFixture;
beforeAll(async () => {
  f = await openSalesforce({ records: 100 });
});
afterEach(() => f.sf.faults.clear());
afterAll(() => f.dispose());

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  error?: string;
}

/** A raw GET with the session's token, keeping whatever arrived before the connection dropped. */
function rawGet(path: string, token = String(f.conn.accessToken)): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = https.get(
      `${f.sf.loginUrl}${path}`,
      {
        agent: new https.Agent({ ca: f.sf.caPem }),
        headers: { Authorization: `Bearer ${token}` },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        const done = (error?: string) =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, error });
        res.on('end', () => done());
        res.on('error', (e: NodeJS.ErrnoException) => done(e.code ?? e.message));
        res.on('aborted', () => done('aborted'));
      },
    );
    req.on('error', reject);
  });
}

const soqlPath = (soql: string) => `/services/data/v62.0/query?q=${encodeURIComponent(soql)}`;

describe('fault injection', () => {
  it('rate limits with 429 and Retry-After; jsforce retries the GET and succeeds', async () => {
    f.sf.faults.add({ route: 'query', kind: 'rateLimit', count: 1, retryAfterSeconds: 7 });
    const raw = await rawGet(soqlPath('SELECT Id FROM Contact'));
    expect(raw.status).toBe(429);
    expect(raw.headers['retry-after']).toBe('7');
    expect(JSON.parse(raw.body)).toEqual([
      { message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' },
    ]);
    const armed = f.sf.faults.add({
      route: 'query',
      kind: 'rateLimit',
      count: 2,
      retryAfterSeconds: 1,
    });
    const result = await f.conn.query('SELECT Id FROM Contact LIMIT 5');
    expect(result.records).toHaveLength(5);
    expect(armed.fired).toBe(2);
  });

  it('throttles the Salesforce way with 403 REQUEST_LIMIT_EXCEEDED, which the caller must retry', async () => {
    f.sf.faults.add({ route: 'describe', kind: 'rateLimit', style: 'crm', retryAfterSeconds: 2 });
    await expect(f.conn.describe('Contact')).rejects.toMatchObject({
      errorCode: 'REQUEST_LIMIT_EXCEEDED',
      message: 'TotalRequests Limit exceeded.',
    });
    expect((await f.conn.describe('Contact')).name).toBe('Contact');
  });

  it('answers 5xx: jsforce retries a GET, a POST fails and nothing is written', async () => {
    const armed = f.sf.faults.add({ route: 'describeGlobal', kind: 'serverError', status: 503 });
    expect((await f.conn.describeGlobal()).sobjects.length).toBeGreaterThan(5);
    expect(armed.fired).toBe(1);
    const before = f.sf.org.store('Lead')?.size;
    f.sf.faults.add({ route: 'collectionsCreate', kind: 'serverError', status: 500 });
    await expect(
      f.conn.sobject('Lead').create([{ LastName: 'Never', Company: 'Saved' }]),
    ).rejects.toMatchObject({ errorCode: 'UNKNOWN_EXCEPTION' });
    expect(f.sf.org.store('Lead')?.size).toBe(before);
  });

  it('resets the connection in the middle of the body', async () => {
    f.sf.faults.add({ route: 'query', kind: 'reset' });
    const raw = await rawGet(soqlPath('SELECT Id, Name, Email FROM Contact'));
    expect(raw.status).toBe(200);
    expect(Number(raw.headers['content-length'])).toBeGreaterThan(raw.body.length * 1.5);
    expect(raw.body.length).toBeGreaterThan(100);
    expect(raw.error).toBeDefined();
    expect(() => JSON.parse(raw.body) as unknown).toThrow();
  });

  it('drops the connection before answering; jsforce retries the GET on ECONNRESET', async () => {
    const armed = f.sf.faults.add({ route: 'query', kind: 'reset', when: 'beforeResponse' });
    const result = await f.conn.query('SELECT Id FROM Contact LIMIT 3');
    expect(result.records).toHaveLength(3);
    expect(armed.fired).toBe(1);
  });

  it('expires the session: jsforce logs in again and the query succeeds', async () => {
    const oldToken = f.conn.accessToken;
    const armed = f.sf.faults.add({ route: 'query', kind: 'expiredSession' });
    const result = await f.conn.query('SELECT Id FROM Contact LIMIT 2');
    expect(result.records).toHaveLength(2);
    expect(armed.fired).toBe(1);
    expect(f.conn.accessToken).not.toBe(oldToken);
    const stale = await rawGet(soqlPath('SELECT Id FROM Contact'), String(oldToken));
    expect([stale.status, JSON.parse(stale.body)]).toEqual([
      401,
      [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }],
    ]);
    f.sf.expireSessions();
    expect((await f.conn.query('SELECT Id FROM Contact LIMIT 1')).records).toHaveLength(1);
  });

  it('slows a response down by the given delay', async () => {
    f.sf.faults.add({ route: 'describeGlobal', kind: 'slow', delayMs: 400 });
    const started = performance.now();
    const result = await f.conn.describeGlobal();
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
    expect(result.sobjects.length).toBeGreaterThan(5);
  });

  it('marks every response with Sforce-Limit-Info, failures included', async () => {
    const ok = await rawGet(soqlPath('SELECT Id FROM Contact LIMIT 1'));
    const bad = await rawGet(soqlPath('SELECT Nope FROM Contact'));
    const versions = await rawGet('/services/data/');
    for (const answer of [ok, bad, versions])
      expect(answer.headers['sforce-limit-info']).toMatch(/^api-usage=\d+\/5000$/);
    const used = (answer: RawAnswer) =>
      Number(/=(\d+)/.exec(String(answer.headers['sforce-limit-info']))?.[1]);
    expect(used(bad)).toBe(used(ok) + 1);
    expect(bad.status).toBe(400);
  });
});
