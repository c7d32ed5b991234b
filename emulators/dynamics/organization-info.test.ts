import type { DynamicsWebApi } from 'dynamics-web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, openDynamics, type DynamicsFixture } from '../test-support/dynamics';
import { organizationName, serverVersion } from './routes/organization';

let f: DynamicsFixture;
let api: DynamicsWebApi;
beforeAll(async () => {
  f = await openDynamics({ records: 5 });
  api = f.webApi();
});
afterAll(() => f.dispose());

describe('where a client is connected (dynamics-web-api)', () => {
  it('WhoAmI and RetrieveVersion, called as functions', async () => {
    const me = await api.callFunction<{ OrganizationId: string; UserId: string }>({
      name: 'WhoAmI',
    });
    expect(me.OrganizationId).toBe(f.dyn.organization.organizationId);
    const version = await api.callFunction<{ Version: string }>({ name: 'RetrieveVersion' });
    expect(version.Version).toBe(serverVersion);
  });

  it('the organization row by the id WhoAmI gives, with $select; an unknown column refused', async () => {
    const id = f.dyn.organization.organizationId;
    const row = await api.retrieve<{ name: string; organizationid: string }>({
      collection: 'organizations',
      key: id,
      select: ['name'],
    });
    expect(row).toMatchObject({ name: organizationName, organizationid: id });
    const token = await f.userToken();
    const unknown = await apiRequest(f.dyn, 'GET', `/organizations(${id})?$select=version`, {
      token,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ error: { code: '0x80060888' } });
    const other = await apiRequest(
      f.dyn,
      'GET',
      '/organizations(00000000-0000-0000-0000-000000000001)?$select=name',
      { token },
    );
    expect(other.status).toBe(404);
  });
});
