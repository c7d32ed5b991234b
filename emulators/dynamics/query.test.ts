import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, openDynamics, type DynamicsFixture } from '../test-support/dynamics';
import type { DynamicsWebApi } from 'dynamics-web-api';

let f: DynamicsFixture;
let api: DynamicsWebApi;
let token: string;
beforeAll(async () => {
  f = await openDynamics({ records: 300 });
  api = f.webApi();
  token = await f.userToken();
});
afterAll(() => f.dispose());

interface ContactRow {
  contactid: string;
  firstname: string | null;
  lastname: string;
  _parentcustomerid_value: string | null;
  createdon: string;
}

describe('queries on entity sets (dynamics-web-api)', () => {
  it('pages with odata.maxpagesize and @odata.nextLink until every row is read', async () => {
    const first = await api.retrieveMultiple<ContactRow>({
      collection: 'contacts',
      select: ['firstname', 'lastname'],
      maxPageSize: 120,
    });
    expect(first.value).toHaveLength(120);
    expect(decodeURIComponent(first.oDataNextLink ?? '')).toContain(
      '$skiptoken=<cookie pagenumber="2"',
    );
    const all = await api.retrieveAll<ContactRow>({
      collection: 'contacts',
      select: ['firstname', 'lastname', 'createdon'],
      maxPageSize: 70,
    });
    expect(all.value).toHaveLength(300);
    expect(new Set(all.value.map((row) => row.contactid)).size).toBe(300);
    expect(new Date(all.value[0]?.createdon ?? '').getTime()).toBeLessThan(
      Date.parse('2026-03-03'),
    );
  });

  it('filters with and/or/not, functions, null, dates, guids and option values', async () => {
    const everyone = await api.retrieveAll<ContactRow & Record<string, unknown>>({
      collection: 'contacts',
      select: [
        'firstname',
        'lastname',
        'emailaddress1',
        '_parentcustomerid_value',
        'preferredcontactmethodcode',
        'createdon',
        'donotemail',
      ],
    });
    const rows = everyone.value;
    const check = async (filter: string, expected: (row: Record<string, unknown>) => boolean) => {
      const found = await api.retrieveAll<{ contactid: string }>({
        collection: 'contacts',
        select: ['contactid'],
        filter,
      });
      const ids = rows.filter(expected).map((row) => row.contactid);
      expect(ids.length, filter).toBeGreaterThan(0);
      expect(found.value.map((row) => row.contactid).sort(), filter).toEqual(ids.sort());
    };
    const someone = rows.find((row) => row._parentcustomerid_value !== null) as ContactRow;
    await check(
      "startswith(lastname,'s') and not contains(firstname,'a')",
      (r) =>
        String(r.lastname).toLowerCase().startsWith('s') &&
        !String(r.firstname ?? '')
          .toLowerCase()
          .includes('a'),
    );
    await check(
      'emailaddress1 eq null or preferredcontactmethodcode eq 2',
      (r) => r.emailaddress1 === null || r.preferredcontactmethodcode === 2,
    );
    await check(
      `_parentcustomerid_value eq ${someone._parentcustomerid_value}`,
      (r) => r._parentcustomerid_value === someone._parentcustomerid_value,
    );
    await check(
      "createdon ge 2025-09-01T00:00:00Z and (donotemail eq true or endswith(lastname,'z'))",
      (r) =>
        new Date(r.createdon as string).getTime() >= Date.parse('2025-09-01T00:00:00Z') &&
        (r.donotemail === true || String(r.lastname).toLowerCase().endsWith('z')),
    );
    await check('preferredcontactmethodcode ne 1', (r) => r.preferredcontactmethodcode !== 1);
  });

  it('orders, limits with $top and counts with $count=true', async () => {
    const ordered = await api.retrieveAll<ContactRow>({
      collection: 'contacts',
      select: ['lastname'],
      orderBy: ['lastname desc'],
      maxPageSize: 40,
    });
    const names = ordered.value.map((row) => row.lastname.toLowerCase());
    expect(names).toEqual([...names].sort().reverse());
    expect(ordered.value).toHaveLength(300);
    const top = await api.retrieveMultiple<ContactRow>({
      collection: 'contacts',
      top: 7,
      select: ['lastname'],
    });
    expect(top.value).toHaveLength(7);
    expect(top.oDataNextLink).toBeUndefined();
    const counted = await apiRequest(f.dyn, 'GET', '/accounts?$select=name&$count=true', {
      token,
      headers: { Prefer: 'odata.maxpagesize=10' },
    });
    expect(counted.body).toMatchObject({ '@odata.count': 300 });
    expect(counted.headers['preference-applied']).toBe('odata.maxpagesize=10');
  });

  it('adds formatted values and lookup annotations when asked', async () => {
    const answer = await apiRequest(
      f.dyn,
      'GET',
      '/contacts?$select=preferredcontactmethodcode,_parentcustomerid_value&$filter=_parentcustomerid_value ne null&$top=1'.replaceAll(
        ' ',
        '%20',
      ),
      {
        token,
        headers: { Prefer: 'odata.include-annotations="*"' },
      },
    );
    const row = (answer.body as { value: Record<string, unknown>[] }).value[0] ?? {};
    expect(row['preferredcontactmethodcode@OData.Community.Display.V1.FormattedValue']).toMatch(
      /^(Any|Email|Phone|Fax|Mail)$/,
    );
    expect(row['_parentcustomerid_value@Microsoft.Dynamics.CRM.lookuplogicalname']).toBe('account');
    expect(answer.headers['preference-applied']).toBe('odata.include-annotations="*"');
  });

  it('answers bad queries with the Web API error shape and codes', async () => {
    const get = (path: string) => apiRequest(f.dyn, 'GET', path.replaceAll(' ', '%20'), { token });
    expect((await get('/contacts?$select=nosuchcolumn')).body).toEqual({
      error: {
        code: '0x80060888',
        message:
          "Could not find a property named 'nosuchcolumn' on type 'Microsoft.Dynamics.CRM.contact'.",
      },
    });
    const syntax = await get('/contacts?$filter=lastname eq');
    expect(syntax.status).toBe(400);
    expect(syntax.body).toMatchObject({
      error: {
        code: '0x80060888',
        message: expect.stringMatching(/^Syntax error at position \d+ in 'lastname eq'\.$/),
      },
    });
    const types = await get("/contacts?$filter=_parentcustomerid_value eq 'x'");
    expect(types.body).toMatchObject({
      error: { code: '0x80060888', message: expect.stringContaining('incompatible types') },
    });
    const segment = await get('/Contact');
    expect(segment.status).toBe(404);
    expect(segment.body).toEqual({
      error: { code: '0x8006088a', message: "Resource not found for the segment 'Contact'." },
    });
    expect((await apiRequest(f.dyn, 'GET', '/contacts', {})).status).toBe(401);
  });

  it('retrieves a row by id and by alternate key, and words a missing one', async () => {
    const byKey = await api.retrieve<ContactRow>({
      collection: 'contacts',
      key: "new_externalid='C-00000005'",
      select: ['lastname'],
    });
    const byId = await api.retrieve<ContactRow>({
      collection: 'contacts',
      key: byKey.contactid,
      select: ['lastname'],
    });
    expect(byId.lastname).toBe(byKey.lastname);
    const missing = await apiRequest(
      f.dyn,
      'GET',
      '/contacts(00000000-0000-0000-0000-000000000001)',
      { token },
    );
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { code: '0x80040217' } });
  });
});
