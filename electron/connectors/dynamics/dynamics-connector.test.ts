import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrmField } from '../../../shared/domain/crm';
import type { CrmFilterNode, RightHandValue } from '../../../shared/domain/crm-filter';
import { openDynamics, type DynamicsFixture } from '../../../emulators/test-support/dynamics';
import { CrmError } from '../crm-error';
import { DynamicsConnector, type DynamicsLogin } from './dynamics-connector';
import { emulatorLogin } from './test-support/emulator-login';

// The real emulator over HTTPS, signed in through msal-node: nothing here is mocked.
let f: DynamicsFixture;
let login: DynamicsLogin;
beforeAll(async () => {
  f = await openDynamics({ records: 120 });
  login = emulatorLogin(f);
});
afterAll(() => f.dispose());

const connect = (overrides: Partial<DynamicsLogin> = {}) =>
  DynamicsConnector.connect({ ...login, ...overrides }, f.clock);

async function refusal(work: Promise<unknown>): Promise<CrmError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CrmError);
  return error as CrmError;
}

async function allRows(
  connector: DynamicsConnector,
  query: Parameters<DynamicsConnector['query']>[0],
  fields: readonly CrmField[],
) {
  const rows = [];
  for await (const page of connector.query(query, fields)) rows.push(...page.rows);
  return rows;
}

describe('Dynamics connector: signing in', () => {
  it('signs in with password credentials and tells the organization, user and version', async () => {
    const connector = await connect();
    const check = await connector.testConnection();
    expect(check.organization).toBe(`CRM Console Demo (${f.dyn.organization.organizationId})`);
    expect(check.user).toBe(f.dyn.credentials.username);
    expect(check.instanceUrl).toBe(f.dyn.serverUrl);
    expect(check.apiVersion).toMatch(/^Web API v9\.2, server 9\.2\.\d+\.\d+$/);
  });

  it('refuses a wrong password with the service’s code, never repeating the password', async () => {
    const error = await refusal(
      connect({
        credentials: {
          kind: 'password',
          username: f.dyn.credentials.username,
          password: 'Wr0ng-pass',
        },
      }),
    );
    expect(error.crmCode).toBe('invalid_grant');
    expect(error.message).toMatch(
      /^Microsoft's identity service refused the sign-in: AADSTS50126: .*\(invalid_grant\)\.$/s,
    );
    expect(error.message).not.toContain('Wr0ng-pass');
  });

  it('signs in with the certificate (client credentials, signed assertion)', async () => {
    const connector = await connect({
      credentials: {
        kind: 'certificate',
        thumbprint: f.dyn.certificate.thumbprint,
        privateKey: f.dyn.certificate.privateKeyPem,
      },
    });
    expect((await connector.testConnection()).organization).toContain(
      f.dyn.organization.organizationId,
    );
  });

  it('refuses a certificate the tenant does not know', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const error = await refusal(
      connect({
        credentials: {
          kind: 'certificate',
          thumbprint: f.dyn.certificate.thumbprint,
          privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        },
      }),
    );
    expect(error.crmCode).toBe('invalid_client');
    expect(error.message).toMatch(
      /^Microsoft's identity service refused the sign-in: AADSTS7000274: Key was found, but use of the key to verify the signature failed \(invalid_client\)\.$/,
    );
    expect(error.message).not.toMatch(/Trace ID|Correlation ID|Timestamp/);
  });

  it('refuses an expired assertion', async () => {
    // msal-node stamps assertions with the system clock; the service's clock is an hour on.
    const start = f.clock.now();
    f.clock.set(start + 60 * 60_000);
    try {
      const error = await refusal(
        connect({
          credentials: {
            kind: 'certificate',
            thumbprint: f.dyn.certificate.thumbprint,
            privateKey: f.dyn.certificate.privateKeyPem,
          },
        }),
      );
      expect(error.crmCode).toBe('invalid_client');
    } finally {
      f.clock.set(start);
    }
  });

  it('renews a token before it expires, with no refused call', async () => {
    const connector = await connect();
    await connector.testConnection();
    // A fault of no delay counts the calls of a route: here the token requests.
    const tokens = f.dyn.faults.add({ route: 'token', kind: 'slow', delayMs: 0, count: Infinity });
    const start = f.clock.now();
    f.clock.set(start + 2 * 60 * 60_000);
    try {
      expect((await connector.testConnection()).organization).toContain(
        f.dyn.organization.organizationId,
      );
      expect(tokens.fired).toBe(1);
    } finally {
      tokens.remove();
      f.clock.set(start);
    }
  });

  it('a 401 mid-run renews the token once and retries; a second 401 is the call’s error', async () => {
    const connector = await connect();
    const once = f.dyn.faults.add({ route: 'whoAmI', kind: 'expiredSession' });
    expect((await connector.testConnection()).organization).toContain(
      f.dyn.organization.organizationId,
    );
    expect(once.fired).toBe(1);
    const twice = f.dyn.faults.add({ route: 'whoAmI', kind: 'expiredSession', count: 3 });
    const error = await refusal(connector.testConnection());
    expect(error.message).toContain('Dynamics 365 refused WhoAmI');
    expect(twice.fired).toBe(2);
    twice.remove();
  });

  it('renews a token that ends mid-run, once, and goes on', async () => {
    const connector = await connect();
    await connector.testConnection();
    f.dyn.expireTokens();
    expect((await connector.testConnection()).organization).toContain(
      f.dyn.organization.organizationId,
    );
  });
});

describe('Dynamics connector: metadata', () => {
  it('lists the entities with their labels', async () => {
    const tables = await (await connect()).listTables();
    expect(tables).toEqual(
      expect.arrayContaining([
        { name: 'contact', label: 'Contact', custom: false },
        expect.objectContaining({ name: 'new_loyalty', custom: true }),
      ]),
    );
  });

  it('maps the attributes: option sets to enumerations, unsupported types left without a type', async () => {
    const contact = await (await connect()).describeTable('contact');
    const field = (name: string) => contact.fields.find((x) => x.name === name);
    expect(contact.idField).toBe('contactid');
    expect(contact.modifiedFields).toEqual(['modifiedon']);
    expect(field('contactid')).toMatchObject({ type: 'string', length: 36 });
    expect(field('birthdate')).toMatchObject({ type: 'date' });
    expect(field('parentcustomerid')).toMatchObject({ type: null, crmType: 'customer' });
    expect(field('gendercode')).toMatchObject({
      type: 'long',
      picklist: {
        multiSelect: false,
        values: [
          { value: '1', label: 'Male', active: true },
          { value: '2', label: 'Female', active: true },
        ],
      },
    });
    const loyalty = await (await connect()).describeTable('new_loyalty');
    const types = new Map(loyalty.fields.map((x) => [x.crmType, x.type]));
    expect(types.get('MoneyType')).toBe('double');
    expect(types.get('LookupType')).toBe('string');
    expect(types.get('partylist')).toBeNull();
    expect(types.get('multi-select option set')).toBeNull();
  });

  it('says which table does not exist', async () => {
    const error = await refusal((await connect()).describeTable('nosuchentity'));
    expect(error.message).toBe("Dynamics 365 has no table 'nosuchentity'.");
  });
});

describe('Dynamics connector: queries', () => {
  let fields: CrmField[];
  beforeAll(async () => {
    fields = (await (await connect()).describeTable('contact')).fields;
  });

  it('pages with nextLink and resumes from a page’s cursor', async () => {
    const connector = await connect();
    const query = {
      table: 'contact',
      fields: ['contactid', 'lastname'],
      pageSize: 50,
      orderBy: [{ field: 'contactid', descending: false }],
    };
    const pages = [];
    for await (const page of connector.query(query, fields)) pages.push(page);
    expect(pages.map((p) => p.rows.length)).toEqual([50, 50, 20]);
    expect(pages[2]?.next).toBeNull();
    const resumed = [];
    for await (const page of connector.query(query, fields, undefined, pages[0]?.next ?? ''))
      resumed.push(...page.rows);
    expect(resumed).toEqual([...(pages[1]?.rows ?? []), ...(pages[2]?.rows ?? [])]);
  });

  it('reads more than a page in slices of creation time at once: every row once, resumable', async () => {
    const connector = await connect();
    const query = { table: 'contact', fields: ['contactid', 'createdon'], pageSize: 15 };
    const inOrder = await allRows(
      connector,
      { ...query, orderBy: [{ field: 'contactid', descending: false }] },
      fields,
    );
    const pages = [];
    for await (const page of connector.query(query, fields)) pages.push(page);
    const ids = pages.flatMap((p) => p.rows.map((r) => r.contactid));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(inOrder.map((r) => r.contactid).sort());
    expect(pages.length).toBeGreaterThan(Math.ceil(inOrder.length / 15));
    expect(pages.at(-1)?.next).toBeNull();
    expect(pages[0]?.next).toMatch(/^slices:/);
    // Resumed after the third page: the rows of the pages after it, and no other.
    const resumed = [];
    for await (const page of connector.query(query, fields, undefined, pages[2]?.next ?? ''))
      resumed.push(...page.rows.map((r) => r.contactid));
    expect(resumed.sort()).toEqual(
      pages
        .slice(3)
        .flatMap((p) => p.rows.map((r) => r.contactid))
        .sort(),
    );
  });

  const condition = (left: string, operator: string, right = ''): CrmFilterNode =>
    ({ kind: 'condition', left, operator, right }) as CrmFilterNode;
  const level = (...lines: [string, CrmFilterNode][]): CrmFilterNode =>
    ({
      kind: 'level',
      lines: lines.map(([connective, node]) => ({ connective, node })),
    }) as CrmFilterNode;
  const when = new Date('2025-06-01T00:00:00.000Z');
  const values = new Map<string, RightHandValue>([
    ['when', { kind: 'date', value: when }],
    ['one', { kind: 'number', value: 1 }],
  ]);

  // Each translation, run by the emulator, against the same test made here on every row.
  const cases: [string, CrmFilterNode, (r: Record<string, unknown>) => boolean][] = [
    ['equals a number', condition('gendercode', '=', 'one'), (r) => r.gendercode === 1],
    ['differs', condition('gendercode', '!=', 'one'), (r) => r.gendercode !== 1],
    ['is empty', condition('birthdate', 'isEmpty'), (r) => r.birthdate === null],
    ['is not empty', condition('birthdate', 'isNotEmpty'), (r) => r.birthdate !== null],
    [
      'after a date',
      condition('createdon', '>', 'when'),
      (r) => String(r.createdon) > when.toISOString(),
    ],
    [
      'on or before a date',
      condition('createdon', '<=', 'when'),
      (r) => String(r.createdon) <= when.toISOString(),
    ],
    [
      'before a date-only value',
      condition('birthdate', '<', 'when'),
      (r) => r.birthdate !== null && String(r.birthdate) < '2025-06-01',
    ],
    [
      'an or level inside an and',
      level(
        ['and', condition('birthdate', 'isNotEmpty')],
        [
          'and',
          level(
            ['or', condition('gendercode', '=', 'one')],
            ['or', condition('createdon', '>=', 'when')],
          ),
        ],
      ),
      (r) =>
        r.birthdate !== null && (r.gendercode === 1 || String(r.createdon) >= when.toISOString()),
    ],
    [
      'and not',
      level(
        ['and', condition('birthdate', 'isNotEmpty')],
        ['orNot', condition('gendercode', '=', 'one')],
      ),
      (r) => r.birthdate !== null || r.gendercode !== 1,
    ],
  ];

  it.each(cases)('filters: %s', async (_name, node, expected) => {
    const connector = await connect();
    const all = await allRows(
      connector,
      { table: 'contact', fields: ['contactid', 'gendercode', 'birthdate', 'createdon'] },
      fields,
    );
    const filtered = await allRows(
      connector,
      {
        table: 'contact',
        fields: ['contactid', 'gendercode', 'birthdate', 'createdon'],
        filter: { node, values },
      },
      fields,
    );
    const want = all
      .filter(expected)
      .map((r) => r.contactid)
      .sort();
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(all.length);
    expect(filtered.map((r) => r.contactid).sort()).toEqual(want);
  });

  it('reads the modification window of the automatic index, and asked-for ids', async () => {
    const connector = await connect();
    const all = await allRows(
      connector,
      { table: 'contact', fields: ['contactid', 'modifiedon'] },
      fields,
    );
    const since = new Date('2026-01-01T00:00:00.000Z');
    const window = await allRows(
      connector,
      {
        table: 'contact',
        fields: ['contactid', 'modifiedon'],
        modified: { field: 'modifiedon', since },
      },
      fields,
    );
    expect(window.map((r) => r.contactid).sort()).toEqual(
      all
        .filter((r) => String(r.modifiedon) >= since.toISOString())
        .map((r) => r.contactid)
        .sort(),
    );
    const ids = all.slice(0, 3).map((r) => String(r.contactid));
    const picked = await allRows(
      connector,
      { table: 'contact', fields: ['contactid'], ids },
      fields,
    );
    expect(picked.map((r) => r.contactid).sort()).toEqual([...ids].sort());
  });

  it('waits out a throttled call (429, Retry-After) and goes on', async () => {
    const connector = await connect();
    f.dyn.faults.add({ route: 'query', kind: 'rateLimit', retryAfterSeconds: 0 });
    const rows = await allRows(connector, { table: 'contact', fields: ['contactid'] }, fields);
    expect(rows).toHaveLength(120);
    expect(f.dyn.faults.list()).toHaveLength(0);
  });

  it('sends a read again once when its connection is reset before the answer', async () => {
    const connector = await connect();
    f.dyn.faults.add({ route: 'query', kind: 'reset', when: 'beforeResponse' });
    const rows = await allRows(connector, { table: 'contact', fields: ['contactid'] }, fields);
    expect(rows).toHaveLength(120);
    expect(f.dyn.faults.list()).toHaveLength(0);
  });

  it('refuses a filter on an unknown attribute with the service’s code and message', async () => {
    const connector = await connect();
    const error = await refusal(
      allRows(
        connector,
        {
          table: 'contact',
          fields: ['contactid'],
          filter: { node: condition('nosuch', 'isEmpty'), values },
        },
        fields,
      ),
    );
    expect(error.crmCode).not.toBeNull();
    expect(error.message).toContain('nosuch');
  });
});

describe('Dynamics connector: writes', () => {
  const byLast = async (connector: DynamicsConnector, lastname: string) => {
    const fields = (await connector.describeTable('contact')).fields;
    const rows = await allRows(
      connector,
      { table: 'contact', fields: ['contactid', 'lastname', 'firstname'] },
      fields,
    );
    return rows.filter((r) => r.lastname === lastname);
  };

  it('inserts one by one with mixed results: the CRM’s code and message on the bad one', async () => {
    const connector = await connect();
    const results = await connector.write('contact', 'insert', [
      { lastname: 'Single-A' },
      { firstname: 'No last name' },
    ]);
    expect(results[0]).toMatchObject({ index: 0, ok: true });
    expect(results[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(results[1]).toMatchObject({ index: 1, ok: false, id: null });
    expect(results[1]?.errors[0]?.code).not.toBe('');
    expect(await byLast(connector, 'Single-A')).toHaveLength(1);
  });

  it('writes a batch as one change set when every record is good', async () => {
    const connector = await connect();
    const results = await connector.write('contact', 'insert', [
      { lastname: 'Batch-B' },
      { lastname: 'Batch-B' },
      { lastname: 'Batch-B' },
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    expect(new Set(results.map((r) => r.id)).size).toBe(3);
    expect(await byLast(connector, 'Batch-B')).toHaveLength(3);
  });

  it('a change set rolled back by one bad record: the others are sent again and land once', async () => {
    const connector = await connect();
    const results = await connector.write('contact', 'insert', [
      { lastname: 'Rollback-C' },
      { firstname: 'No last name' },
      { lastname: 'Rollback-C' },
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(await byLast(connector, 'Rollback-C')).toHaveLength(2);
  });

  it('updates and upserts by id: created tells which records are new', async () => {
    const connector = await connect();
    const [made] = await connector.write('contact', 'insert', [{ lastname: 'Upsert-D' }]);
    const id = String(made?.id);
    const fresh = '0f1e2d3c-4b5a-4968-8776-65544332211f';
    const upserts = await connector.write('contact', 'upsert', [
      { contactid: id, lastname: 'Upsert-D', firstname: 'Changed' },
      { contactid: fresh, lastname: 'Upsert-D' },
    ]);
    expect(upserts.map((r) => [r.ok, r.created, r.id])).toEqual([
      [true, false, id],
      [true, true, fresh],
    ]);
    const updated = await connector.write('contact', 'update', [
      { contactid: id, firstname: 'Again' },
      { contactid: 'not-a-guid', firstname: 'x' },
    ]);
    expect(updated.map((r) => r.ok)).toEqual([true, false]);
    const rows = await byLast(connector, 'Upsert-D');
    expect(rows.find((r) => r.contactid === id)?.firstname).toBe('Again');
  });

  it('writes lookups with @odata.bind: set, cleared, and a row that does not exist refused', async () => {
    const connector = await connect();
    const contacts = f.dyn.organization.entity('contact');
    const loyalties = f.dyn.organization.entity('new_loyalty');
    const contactId = contacts?.idOf(3) ?? '';
    const results = await connector.write('new_loyalty', 'insert', [
      { new_name: 'Bound-E', new_contactid: contactId },
      { new_name: 'Unbound-E', new_contactid: null },
      { new_name: 'Dangling-E', new_contactid: '0f1e2d3c-4b5a-4968-8776-000000000000' },
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(results[2]?.errors[0]?.code).toBe('0x80040217');
    const valueOf = (id: string | null) => {
      const ref = loyalties?.refOf(id ?? '') ?? null;
      return ref === null || !loyalties
        ? undefined
        : loyalties.reader().at(ref).read('new_contactid');
    };
    expect(valueOf(results[0]?.id ?? null)).toBe(contactId);
    expect(valueOf(results[1]?.id ?? null)).toBeNull();
    const fields = (await connector.describeTable('new_loyalty')).fields;
    const rows = await allRows(
      connector,
      { table: 'new_loyalty', fields: ['new_loyaltyid', 'new_name', 'new_contactid'] },
      fields,
    );
    expect(rows.find((r) => r.new_name === 'Bound-E')?.new_contactid).toBe(contactId);
  });

  it('upserts by an alternate key', async () => {
    const connector = await connect();
    const results = await connector.write(
      'new_loyalty',
      'upsert',
      [{ new_code: 'KEY-E-1', new_name: 'By key' }],
      'new_code',
    );
    expect(results[0]).toMatchObject({ ok: true, created: true });
    const again = await connector.write(
      'new_loyalty',
      'upsert',
      [{ new_code: 'KEY-E-1', new_name: 'By key, again' }],
      'new_code',
    );
    expect(again[0]).toMatchObject({ ok: true, created: false, id: results[0]?.id });
  });

  it('deletes with mixed results', async () => {
    const connector = await connect();
    const [made] = await connector.write('contact', 'insert', [{ lastname: 'Delete-F' }]);
    const results = await connector.deleteRecords('contact', [
      String(made?.id),
      '00000000-0000-4000-8000-000000000000',
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, false]);
    expect(results[1]?.errors[0]?.message).not.toBe('');
    expect(await byLast(connector, 'Delete-F')).toHaveLength(0);
  });
});

describe('Dynamics connector: deleted objects through change tracking', () => {
  it('takes a token first, then reports the deletions since, and refuses a window it cannot give', async () => {
    const connector = await connect();
    const now = () => new Date(f.clock.now());
    const first = await connector.deleted('contact', new Date(f.clock.now() - 86_400_000), now());
    expect(first.records).toEqual([]);
    const cursor = first.cursor;
    expect(cursor?.token).toBeTruthy();
    const [made] = await connector.write('contact', 'insert', [{ lastname: 'Tracked-G' }]);
    await connector.deleteRecords('contact', [String(made?.id)]);
    const second = await connector.deleted(
      'contact',
      new Date(f.clock.now() - 86_400_000),
      now(),
      cursor,
    );
    expect(second.records.map((r) => r.id)).toEqual([made?.id]);
    expect(second.cursor?.token).not.toBe(cursor?.token);
    const late = await refusal(
      connector.deleted('contact', new Date(f.clock.now() + 60_000), now(), second.cursor),
    );
    expect(late.message).toContain('cannot be given');
    const past = await refusal(
      connector.deleted(
        'contact',
        new Date(0),
        new Date(f.clock.now() - 86_400_000),
        second.cursor,
      ),
    );
    expect(past.message).toContain('an end date in the past');
  });

  it('says clearly when the service no longer keeps the token', async () => {
    const connector = await connect();
    const { cursor } = await connector.deleted('account', new Date(0), new Date(f.clock.now()));
    const start = f.clock.now();
    f.clock.set(start + 31 * 86_400_000);
    try {
      const error = await refusal(
        connector.deleted('account', new Date(0), new Date(f.clock.now()), cursor),
      );
      expect(error.crmCode).toBe('0x80044352');
      expect(error.message).toContain('CHANGETOKEN_');
    } finally {
      f.clock.set(start);
    }
  });
});
