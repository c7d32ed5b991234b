import { randomUUID } from 'node:crypto';
import type { DynamicsWebApi } from 'dynamics-web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, openDynamics, type DynamicsFixture } from '../test-support/dynamics';

let f: DynamicsFixture;
let api: DynamicsWebApi;
beforeAll(async () => {
  f = await openDynamics({ records: 50 });
  api = f.webApi();
});
afterAll(() => f.dispose());

interface Contact {
  contactid: string;
  lastname: string;
  firstname?: string | null;
  new_externalid?: string | null;
  _parentcustomerid_value?: string | null;
}

/** What a call fails with: dynamics-web-api's error carries the service's status and code. */
async function failure(
  call: Promise<unknown>,
): Promise<{ status?: number; code?: string; message: string }> {
  try {
    await call;
  } catch (error) {
    return error as { status?: number; code?: string; message: string };
  }
  throw new Error('Expected the call to fail.');
}

describe('writes (dynamics-web-api)', () => {
  it('creates (204 + OData-EntityId, or the row), updates and deletes', async () => {
    const account = await api.retrieve<{ accountid: string }>({
      collection: 'accounts',
      key: "accountnumber='A-00000003'",
      select: ['name'],
    });
    const id = await api.create<Contact, string>({
      collection: 'contacts',
      data: {
        lastname: 'Created',
        'parentcustomerid_account@odata.bind': `/accounts(${account.accountid})`,
      } as unknown as Contact,
    });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const created = await api.retrieve<Contact>({
      collection: 'contacts',
      key: id,
      select: ['lastname', '_parentcustomerid_value'],
    });
    expect(created).toMatchObject({
      lastname: 'Created',
      _parentcustomerid_value: account.accountid,
    });
    const shown = await api.create<Contact, Contact>({
      collection: 'contacts',
      data: { lastname: 'Shown', firstname: 'Ada' } as Contact,
      returnRepresentation: true,
      select: ['lastname', 'firstname'],
    });
    expect(shown).toMatchObject({ lastname: 'Shown', firstname: 'Ada' });
    await api.update({ collection: 'contacts', key: id, data: { firstname: 'Now' } });
    expect(
      (await api.retrieve<Contact>({ collection: 'contacts', key: id, select: ['firstname'] }))
        .firstname,
    ).toBe('Now');
    await api.deleteRecord({ collection: 'contacts', key: id });
    expect((await failure(api.retrieve({ collection: 'contacts', key: id }))).status).toBe(404);
  });

  it('upserts by id and by alternate key, with If-Match and If-None-Match', async () => {
    const newId = randomUUID();
    await api.upsert({ collection: 'contacts', key: newId, data: { lastname: 'ById' } });
    expect(
      (await api.retrieve<Contact>({ collection: 'contacts', key: newId, select: ['lastname'] }))
        .lastname,
    ).toBe('ById');
    await api.upsert({
      collection: 'contacts',
      key: "new_externalid='EXT-1'",
      data: { lastname: 'ByKey' },
    });
    await api.upsert({
      collection: 'contacts',
      key: "new_externalid='EXT-1'",
      data: { firstname: 'Second' },
    });
    const byKey = await api.retrieveMultiple<Contact>({
      collection: 'contacts',
      filter: "new_externalid eq 'EXT-1'",
      select: ['lastname', 'firstname'],
    });
    expect(byKey.value).toEqual([
      expect.objectContaining({ lastname: 'ByKey', firstname: 'Second' }),
    ]);
    const token = await f.userToken();
    const updateOnly = await apiRequest(f.dyn, 'PATCH', "/contacts(new_externalid='EXT-missing')", {
      token,
      headers: { 'If-Match': '*', 'Content-Type': 'application/json' },
      body: JSON.stringify({ lastname: 'Never' }),
    });
    expect(updateOnly.status).toBe(404);
    expect(updateOnly.body).toMatchObject({ error: { code: '0x80040217' } });
    const createOnly = await apiRequest(f.dyn, 'PATCH', "/contacts(new_externalid='C-00000002')", {
      token,
      headers: { 'If-None-Match': '*', 'Content-Type': 'application/json' },
      body: JSON.stringify({ lastname: 'Never' }),
    });
    expect(createOnly.status).toBe(412);
    expect(createOnly.body).toEqual({
      error: { code: '0x80060892', message: 'A record with matching key values already exists.' },
    });
  });

  it('refuses missing required columns, too long text, bad option values and unknown columns', async () => {
    const create = (data: Record<string, unknown>) =>
      failure(api.create({ collection: 'contacts', data }));
    expect(await create({ firstname: 'No last name' })).toMatchObject({
      status: 400,
      code: '0x80040200',
    });
    expect(await create({ lastname: 'x'.repeat(51) })).toMatchObject({
      status: 400,
      code: '0x80044331',
      message: expect.stringContaining("exceeded the maximum allowed length of '50'"),
    });
    expect(await create({ lastname: 'Odd', preferredcontactmethodcode: 99 })).toMatchObject({
      code: '0x8004431a',
      message: expect.stringContaining('Accepted Values: 1,2,3,4,5'),
    });
    expect(await create({ lastname: 'Odd', nosuch: 1 })).toMatchObject({ code: '0x80060888' });
    const loyalty = await failure(
      api.create({
        collection: 'new_loyalties',
        data: { new_name: 'M', new_programs: '100000000,7' },
      }),
    );
    expect(loyalty).toMatchObject({ code: '0x8004431a' });
  });

  it('runs $batch change sets as one: Content-ID references, and a failure undoes the whole set', async () => {
    const before = (await api.retrieveAll({ collection: 'contacts', select: ['contactid'] })).value
      .length;
    api.startBatch();
    api.create({ collection: 'accounts', data: { name: 'Batch Co' }, contentId: '1' });
    api.create({
      collection: 'contacts',
      data: { lastname: 'Batched', 'parentcustomerid_account@odata.bind': '$1' },
    });
    const results = await api.executeBatch();
    expect(results).toHaveLength(2);
    const batched = await api.retrieveMultiple<Contact>({
      collection: 'contacts',
      filter: "lastname eq 'Batched'",
      select: ['_parentcustomerid_value'],
    });
    expect(batched.value[0]?._parentcustomerid_value).toBe(results[0]);

    api.startBatch();
    api.create({ collection: 'contacts', data: { lastname: 'Rolled back' } });
    api.create({
      collection: 'contacts',
      data: { lastname: 'Bad', preferredcontactmethodcode: 42 },
    });
    const error = await failure(api.executeBatch());
    expect(JSON.stringify(error)).toContain('0x8004431a');
    const after = await api.retrieveAll({ collection: 'contacts', select: ['contactid'] });
    expect(after.value.length).toBe(before + 1);
    expect(
      (await api.retrieveMultiple({ collection: 'contacts', filter: "lastname eq 'Rolled back'" }))
        .value,
    ).toEqual([]);
  });
});
