import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/core/clock';
import type { EmulatorRequest } from '../framework/http-types';
import { ManualTimers } from '../framework/latency/timers';
import { seedCertificates } from '../test-support/certificates';
import { openSalesforce, testAnchor } from '../test-support/salesforce';
import { trustEmulatorCa } from '../test-support/trust-ca';
import { startSalesforceEmulator, type SalesforceEmulator } from './emulator';
import { salesforceLimits, salesforceRealLatency } from './limits';

interface QueryPage {
  records: unknown[];
  nextRecordsUrl?: string;
}

describe('Salesforce emulator with latency real', () => {
  const timers = new ManualTimers();
  let sf: SalesforceEmulator;
  let conn: Connection;
  let untrust: () => void;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'crm-emulator-test-'));
    await seedCertificates(dataDir);
    sf = await startSalesforceEmulator({
      dataDir,
      records: 2500,
      anchor: testAnchor,
      clock: new SettableClock(testAnchor.getTime()),
      latency: 'real',
      timers,
    });
    untrust = trustEmulatorCa(sf.caPem);
    conn = new Connection({
      loginUrl: sf.loginUrl,
      version: '62.0',
      oauth2: { clientId: sf.credentials.clientId, clientSecret: sf.credentials.clientSecret },
    });
    const { username, password, securityToken } = sf.credentials;
    await timers.runUntil(conn.login(username, password + securityToken));
  });
  afterAll(async () => {
    untrust();
    await sf.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('holds a 2,000-record page for the round trip, the server time and the transfer', async () => {
    expect(sf.latency).toBe('real');
    const start = timers.now();
    const page = await timers.runUntil(
      conn.request<QueryPage>('/services/data/v62.0/query?q=SELECT+Id,LastName+FROM+Contact'),
    );
    expect(page.records).toHaveLength(2000);
    const bytes = Buffer.byteLength(JSON.stringify(page));
    const { roundTripMs, serverMsPerRecord, bytesPerSecond } = salesforceRealLatency;
    const expected =
      roundTripMs + 2000 * serverMsPerRecord + (bytes / (bytesPerSecond ?? 1)) * 1000;
    expect(timers.requested.at(-1)).toBeCloseTo(expected, 6);
    expect(timers.now() - start).toBeCloseTo(expected, 6);
    expect(expected).toBeGreaterThan(roundTripMs + 2000 * serverMsPerRecord);
  });

  it('answers a call without records after one round trip', async () => {
    const start = timers.now();
    await timers.runUntil(conn.request('/services/data/v62.0/limits'));
    expect(timers.now() - start).toBeGreaterThanOrEqual(salesforceRealLatency.roundTripMs);
    expect(timers.now() - start).toBeLessThan(salesforceRealLatency.roundTripMs + 1);
  });
});

describe('Salesforce emulator with latency off', () => {
  it('asks for no wait at all', async () => {
    const timers = new ManualTimers();
    const f = await openSalesforce({ timers });
    try {
      expect(f.sf.latency).toBe('off');
      await f.conn.query('SELECT Id FROM Contact LIMIT 10');
      expect(timers.requested).toEqual([]);
    } finally {
      await f.dispose();
    }
  });
});

describe("Salesforce's concurrent long-running request limit", () => {
  const req = {} as EmulatorRequest;

  it('refuses a call while the limit of calls modeled at 20 s or more are in flight', () => {
    const limits = salesforceLimits({ maxRequests: 2, thresholdMs: 20_000 });
    const tickets = [limits.admit(req, 'query', 0), limits.admit(req, 'query', 0)].map((a) => {
      if (!('ticket' in a)) throw new Error('expected an admission');
      a.ticket.planned(25_000);
      return a.ticket;
    });
    const refused = limits.admit(req, 'query', 0);
    if (!('refused' in refused)) throw new Error('expected a refusal');
    expect(refused.refused.status).toBe(403);
    expect(JSON.parse(String(refused.refused.body))).toEqual([
      { errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'ConcurrentPerOrgLongTxn Limit exceeded.' },
    ]);
    tickets[0]?.release();
    expect('ticket' in limits.admit(req, 'query', 0)).toBe(true);
  });

  it('never limits calls shorter than 20 s, however many', () => {
    const limits = salesforceLimits();
    for (let i = 0; i < 100; i += 1) {
      const admission = limits.admit(req, 'query', 0);
      if (!('ticket' in admission)) throw new Error('refused a short call');
      admission.ticket.planned(19_999);
    }
  });
});
