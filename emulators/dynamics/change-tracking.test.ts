import type { DynamicsWebApi } from 'dynamics-web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, openDynamics, type DynamicsFixture } from '../test-support/dynamics';

let f: DynamicsFixture;
let api: DynamicsWebApi;
beforeAll(async () => {
  f = await openDynamics({ records: 120 });
  api = f.webApi();
});
afterAll(() => f.dispose());

describe('change tracking', () => {
  it('gives a delta link after the last page; following it gives changed rows and deleted ones', async () => {
    const initial = await api.retrieveAll<{ contactid: string }>({
      collection: 'contacts',
      select: ['lastname'],
      trackChanges: true,
      maxPageSize: 50,
    });
    expect(initial.value).toHaveLength(120);
    expect(initial.oDataDeltaLink).toContain('$deltatoken=');
    const [gone, changed] = initial.value;
    await api.deleteRecord({ collection: 'contacts', key: gone?.contactid });
    await api.update({
      collection: 'contacts',
      key: changed?.contactid,
      data: { lastname: 'Changed' },
    });
    const added = await api.create<object, string>({
      collection: 'contacts',
      data: { lastname: 'Added' },
    });
    const token = await f.userToken();
    const delta = await apiRequest(f.dyn, 'GET', initial.oDataDeltaLink ?? '', { token });
    const body = delta.body as { value: Record<string, unknown>[]; '@odata.deltaLink': string };
    expect(body.value).toEqual([
      expect.objectContaining({ id: gone?.contactid, reason: 'deleted' }),
      expect.objectContaining({ contactid: changed?.contactid, lastname: 'Changed' }),
      expect.objectContaining({ contactid: added, lastname: 'Added' }),
    ]);
    expect(body.value[0]?.['@odata.context']).toMatch(/\$metadata#contacts\/\$deletedEntity$/);
    const quiet = await apiRequest(f.dyn, 'GET', body['@odata.deltaLink'], { token });
    expect((quiet.body as { value: unknown[] }).value).toEqual([]);
  });

  it('refuses an expired or unknown token, filters with tracking, and untracked entities', async () => {
    const token = await f.userToken();
    const initial = await apiRequest(f.dyn, 'GET', '/accounts?$select=name', {
      token,
      headers: { Prefer: 'odata.track-changes' },
    });
    expect(initial.headers['preference-applied']).toBe('odata.track-changes');
    const link = (initial.body as { '@odata.deltaLink': string })['@odata.deltaLink'];
    const start = f.clock.now();
    try {
      f.clock.advance(31 * 24 * 3600 * 1000);
      const fresh = await f.userToken();
      const expired = await apiRequest(f.dyn, 'GET', link, { token: fresh });
      expect(expired.status).toBe(400);
      expect(expired.body).toEqual({
        error: {
          code: '0x80044352',
          message:
            'Version stamp associated with the client has expired. Please perform a full sync.',
        },
      });
    } finally {
      f.clock.set(start);
    }
    const unknown = await apiRequest(f.dyn, 'GET', '/accounts?$select=name&$deltatoken=nonsense', {
      token,
    });
    expect(unknown.body).toMatchObject({ error: { code: '0x80060888' } });
    const filtered = await apiRequest(
      f.dyn,
      'GET',
      '/accounts?$select=name&$filter=name%20ne%20null',
      {
        token,
        headers: { Prefer: 'odata.track-changes' },
      },
    );
    expect(filtered.status).toBe(400);
    const users = await apiRequest(f.dyn, 'GET', '/systemusers?$select=fullname', {
      token,
      headers: { Prefer: 'odata.track-changes' },
    });
    expect(users.body).toMatchObject({ error: { code: '0x80044353' } });
  });
});
