import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SettableClock, systemClock } from '../../electron/core/clock';
import { apiRequest, openDynamics, type DynamicsFixture } from '../test-support/dynamics';
import { seedCertificates } from '../test-support/certificates';
import { testAnchor } from '../test-support/salesforce';
import { dynamicsFiles } from './credentials';
import { startDynamicsEmulator } from './emulator';

let f: DynamicsFixture;
let token: string;
beforeAll(async () => {
  f = await openDynamics({ records: 30 });
  token = await f.userToken();
});
afterAll(() => f.dispose());

const get = (path = '/contacts?$select=lastname') => apiRequest(f.dyn, 'GET', path, { token });

describe('faults and throttling on the Dynamics routes', () => {
  it('throttles with 429, Retry-After and the service-protection codes', async () => {
    f.dyn.faults.add({ route: 'query', kind: 'rateLimit', retryAfterSeconds: 7 });
    const limited = await get();
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('7');
    expect(limited.body).toEqual({
      error: {
        code: '0x80072322',
        message: 'Number of requests exceeded the limit of 6000 over time window of 300 seconds.',
      },
    });
    f.dyn.faults.add({ route: 'query', kind: 'rateLimit', style: 'crm' });
    expect((await get()).body).toMatchObject({ error: { code: '0x80072321' } });
    expect((await get()).status).toBe(200);
  });

  it('answers server errors, malformed bodies, slow answers and expired tokens', async () => {
    f.dyn.faults.add({ route: 'query', kind: 'serverError', status: 503 });
    expect((await get()).status).toBe(503);
    f.dyn.faults.add({ route: 'query', kind: 'serverError', status: 502 });
    expect(await get()).toMatchObject({
      status: 502,
      body: expect.stringContaining('Bad Gateway'),
    });
    f.dyn.faults.add({ route: 'query', kind: 'malformed' });
    expect((await get()).body).toEqual({ unexpected: 'an answer of another shape' });
    const slow = f.dyn.faults.add({ route: 'whoAmI', kind: 'slow', delayMs: 50 });
    expect((await get('/WhoAmI')).status).toBe(200);
    expect(slow.fired).toBe(1);
    const own = await f.userToken();
    f.dyn.faults.add({ route: 'query', kind: 'expiredSession' });
    const expired = await apiRequest(f.dyn, 'GET', '/contacts?$select=lastname', { token: own });
    expect(expired.status).toBe(401);
    expect(expired.headers['www-authenticate']).toContain(`authorization_uri=${f.dyn.authority}`);
    expect((await apiRequest(f.dyn, 'GET', '/WhoAmI', { token: own })).status).toBe(401);
  });

  it('resets the connection before the answer or mid-body, and a reset write still took effect', async () => {
    f.dyn.faults.add({ route: 'query', kind: 'reset', when: 'beforeResponse' });
    await expect(get()).rejects.toThrow();
    f.dyn.faults.add({ route: 'create', kind: 'reset' });
    await expect(
      apiRequest(f.dyn, 'POST', '/contacts', {
        token,
        headers: { 'Content-Type': 'application/json', Prefer: 'return=representation' },
        body: JSON.stringify({ lastname: 'Reset mid-body' }),
      }),
    ).rejects.toThrow();
    const found = await get(
      "/contacts?$select=lastname&$filter=lastname%20eq%20'Reset%20mid-body'",
    );
    expect((found.body as { value: unknown[] }).value).toHaveLength(1);
  });

  it('names its routes for faults and refuses unknown ones', () => {
    expect(f.dyn.routeNames()).toEqual(
      expect.arrayContaining([
        'token',
        'whoAmI',
        'entityDefinitions',
        'attributes',
        'query',
        'create',
        'update',
        'delete',
        'batch',
      ]),
    );
    expect(() => f.dyn.faults.add({ route: 'nope', kind: 'slow', delayMs: 1 })).toThrow(
      /Unknown route/,
    );
  });
});

describe('persisted writes (the Demo organization)', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'crm-dynamics-journal-'));
    await seedCertificates(dataDir);
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps committed writes across a restart, and never those of a rolled-back change set', async () => {
    const clock = new SettableClock(systemClock.now());
    const options = { dataDir, records: 10, anchor: testAnchor, clock, persistWrites: true };
    const first = await startDynamicsEmulator(options);
    const contacts = first.organization.entity('contact');
    const ref = contacts?.create(
      new Map([['lastname', 'Kept']]),
      first.organization.userId,
      clock.now(),
    );
    await expect(
      first.organization.atomically(async () => {
        contacts?.create(new Map([['lastname', 'Undone']]), first.organization.userId, clock.now());
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await first.close();
    const journal = await readFile(dynamicsFiles(dataDir).writes, 'utf8');
    expect(journal).toContain('Kept');
    expect(journal).not.toContain('Undone');
    const second = await startDynamicsEmulator(options);
    const again = second.organization.entity('contact');
    expect(
      again
        ?.reader()
        .at(ref ?? -1)
        .read('lastname'),
    ).toBe('Kept');
    expect(again?.size).toBe(11);
    await second.close();
  });
});
