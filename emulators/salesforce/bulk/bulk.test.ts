import { request } from 'node:https';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSalesforce, type SalesforceFixture } from '../../test-support/salesforce';

let f: SalesforceFixture;
beforeAll(async () => {
  f = await openSalesforce({ records: 2500 });
  // jsforce polls on a wall-clock interval of its own; the emulator's jobs end in a few turns.
  f.conn.bulk2.pollInterval = 5;
  f.conn.bulk2.pollTimeout = 60_000;
});
afterAll(() => f.dispose());

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One call over the socket with the session's token, the answer's bytes as sent. */
function raw(
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${f.sf.loginUrl}/services/data/v62.0${path}`, {
      method,
      ca: f.sf.caPem,
      headers: {
        Authorization: `Bearer ${f.conn.accessToken ?? ''}`,
        'Content-Type': 'application/json',
        ...headers,
      },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const jsonOf = (answer: Raw) => JSON.parse(answer.body.toString('utf8')) as Record<string, unknown>;
const csvOf = (text: string | Buffer, delimiter = ','): string[][] =>
  parse(text, { delimiter, relax_column_count: true });

/** Asks for a job's state until it is final: each ask is a round trip, no timer involved. */
async function settled(kind: 'query' | 'ingest', id: string): Promise<Record<string, unknown>> {
  for (;;) {
    const info = jsonOf(await raw('GET', `/jobs/${kind}/${id}`));
    if (['JobComplete', 'Failed', 'Aborted'].includes(String(info.state))) return info;
  }
}

async function ingest(
  job: Record<string, unknown>,
  csv: string,
): Promise<{ id: string; info: Record<string, unknown> }> {
  const created = jsonOf(await raw('POST', '/jobs/ingest', JSON.stringify(job)));
  const id = String(created.id);
  const upload = await raw('PUT', `/jobs/ingest/${id}/batches`, csv, {
    'Content-Type': 'text/csv',
  });
  expect(upload.status).toBe(201);
  await raw('PATCH', `/jobs/ingest/${id}`, JSON.stringify({ state: 'UploadComplete' }));
  return { id, info: await settled('ingest', id) };
}

const contact = (id: string) => {
  const store = f.sf.org.store('Contact');
  const ref = store?.refOf(id);
  return (field: string) =>
    store && ref !== null && ref !== undefined ? store.reader().at(ref).read(field) : undefined;
};

describe('Bulk API 2.0 query jobs', () => {
  it('gives through jsforce bulk2.query the records the REST query gives', async () => {
    const soql = 'SELECT Id, LastName, Email, Birthdate, CreatedDate FROM Contact';
    const bulk = await (await f.conn.bulk2.query(soql)).toArray();
    const rest = await f.conn.query(soql, { autoFetch: true, maxFetch: 100_000 });
    expect(bulk).toHaveLength(rest.totalSize);
    const first = rest.records[0] as Record<string, unknown>;
    const same = bulk.find((r) => r.Id === first.Id) as Record<string, unknown>;
    expect(same.LastName).toBe(first.LastName);
    expect(same.Email).toBe(first.Email ?? '');
    expect(same.CreatedDate).toBe(
      new Date(Date.parse(String(first.CreatedDate).replace(/\+0000$/, 'Z'))).toISOString(),
    );
  });

  it('pages results by maxRecords with Sforce-Locator until "null", gzipped when asked', async () => {
    const created = jsonOf(
      await raw(
        'POST',
        '/jobs/query',
        JSON.stringify({ operation: 'query', query: 'SELECT Id, LastName FROM Contact' }),
      ),
    );
    expect(created.state).toBe('UploadComplete');
    expect(created).toMatchObject({
      contentType: 'CSV',
      lineEnding: 'LF',
      columnDelimiter: 'COMMA',
    });
    const info = await settled('query', String(created.id));
    expect(info).toMatchObject({ state: 'JobComplete', jobType: 'V2Query' });
    let locator = '';
    const ids = new Set<string>();
    let pages = 0;
    do {
      const page = await raw(
        'GET',
        `/jobs/query/${String(created.id)}/results?maxRecords=1000${locator ? `&locator=${locator}` : ''}`,
        undefined,
        { 'Accept-Encoding': 'gzip' },
      );
      expect(page.headers['content-encoding']).toBe('gzip');
      const [header, ...rows] = csvOf(gunzipSync(page.body));
      expect(header).toEqual(['Id', 'LastName']);
      expect(Number(page.headers['sforce-numberofrecords'])).toBe(rows.length);
      for (const row of rows) ids.add(String(row[0]));
      locator = String(page.headers['sforce-locator']);
      pages += 1;
    } while (locator !== 'null');
    expect(ids.size).toBe(info.numberRecordsProcessed);
    expect(pages).toBe(Math.ceil(ids.size / 1000));
  });

  it('refuses an unknown job and what Bulk 2.0 cannot query', async () => {
    expect((await raw('GET', '/jobs/query/750000000000000AAA')).status).toBe(404);
    const count = await raw(
      'POST',
      '/jobs/query',
      JSON.stringify({ operation: 'query', query: 'SELECT COUNT() FROM Contact' }),
    );
    expect(count.status).toBe(400);
    expect(JSON.parse(count.body.toString())).toEqual([
      expect.objectContaining({ errorCode: 'INVALIDJOB' }),
    ]);
    const bad = await raw(
      'POST',
      '/jobs/query',
      JSON.stringify({ operation: 'query', query: 'SELECT Nope FROM Contact' }),
    );
    expect(JSON.parse(bad.body.toString())).toEqual([
      expect.objectContaining({ errorCode: 'INVALID_FIELD' }),
    ]);
  });
});

describe('Bulk API 2.0 ingest jobs', () => {
  it("inserts through jsforce loadAndWaitForResults, failures with the REST writes' text", async () => {
    const rows = [
      { LastName: 'Bulk One', Email: 'one@example.com' },
      { LastName: 'Bulk Two', Email: 'not-an-email' },
      { FirstName: 'No last name' },
    ];
    const results = await f.conn.bulk2.loadAndWaitForResults({
      object: 'Contact',
      operation: 'insert',
      input: rows,
    });
    expect(results.successfulResults).toHaveLength(1);
    const ok = results.successfulResults[0] as Record<string, unknown>;
    expect(ok.sf__Created).toBe('true');
    expect(contact(String(ok.sf__Id))('LastName')).toBe('Bulk One');
    expect(results.failedResults).toHaveLength(2);
    const rest = (await f.conn.sobject('Contact').create(rows.slice(1), { allOrNone: false })) as {
      errors: { statusCode: string; message: string; fields: string[] }[];
    }[];
    const texts = results.failedResults.map((r) => String(r.sf__Error)).sort();
    const expected = rest
      .map(({ errors: [e] }) => `${e?.statusCode}:${e?.message}:${e?.fields.join(',')} --`)
      .sort();
    expect(texts).toEqual(expected);
    expect(results.unprocessedRecords).toHaveLength(0);
  });

  it('upserts by externalIdFieldName, updates by Id and deletes', async () => {
    const existing = (
      await f.conn.query(
        'SELECT Id, External_Id__c FROM Contact WHERE External_Id__c != null LIMIT 1',
      )
    ).records[0] as { Id: string; External_Id__c: string };
    const upsert = await ingest(
      { object: 'Contact', operation: 'upsert', externalIdFieldName: 'External_Id__c' },
      `External_Id__c,LastName,Title\n${existing.External_Id__c},Kept,Upserted\nBULK-NEW-1,Newcomer,Fresh\n`,
    );
    expect(upsert.info).toMatchObject({
      state: 'JobComplete',
      numberRecordsProcessed: 2,
      numberRecordsFailed: 0,
    });
    const [header, ...ok] = csvOf(
      (await raw('GET', `/jobs/ingest/${upsert.id}/successfulResults`)).body,
    );
    expect(header).toEqual(['sf__Id', 'sf__Created', 'External_Id__c', 'LastName', 'Title']);
    expect(ok.map((r) => r[1])).toEqual(['false', 'true']);
    expect(ok[0]?.[0]).toBe(existing.Id);
    expect(contact(existing.Id)('Title')).toBe('Upserted');

    const created = String(ok[1]?.[0]);
    const update = await ingest(
      { object: 'Contact', operation: 'update' },
      `Id,Title\n${created},#N/A\n`,
    );
    expect(update.info.state).toBe('JobComplete');
    expect(contact(created)('Title')).toBeNull();
    expect(contact(created)('LastName')).toBe('Newcomer');

    const del = await ingest({ object: 'Contact', operation: 'delete' }, `Id\n${created}\n`);
    expect(del.info.state).toBe('JobComplete');
    const store = f.sf.org.store('Contact');
    expect(store?.isDeleted(store.refOf(created) as number)).toBe(true);
  });

  it("reads the job's delimiter and line ending, and fails a file written otherwise", async () => {
    const good = await ingest(
      { object: 'Contact', operation: 'insert', columnDelimiter: 'SEMICOLON', lineEnding: 'CRLF' },
      'LastName;Title\r\n"Semi; Colon";"Quoted ""title"""\r\n',
    );
    expect(good.info.state).toBe('JobComplete');
    const [, row] = csvOf(
      (await raw('GET', `/jobs/ingest/${good.id}/successfulResults`)).body,
      ';',
    );
    expect(contact(String(row?.[0]))('Title')).toBe('Quoted "title"');

    const wrong = await ingest({ object: 'Contact', operation: 'insert' }, 'LastName\r\nX\r\n');
    expect(wrong.info).toMatchObject({
      state: 'Failed',
      errorMessage:
        'ClientInputError : LineEnding is invalid on user data. Current LineEnding setting is LF',
    });

    const unknown = await ingest(
      { object: 'Contact', operation: 'insert' },
      'LastName,Nope\nA,B\n',
    );
    expect(unknown.info).toMatchObject({
      state: 'Failed',
      errorMessage: 'InvalidBatch : Field name not found : Nope',
    });
    const unprocessed = csvOf(
      (await raw('GET', `/jobs/ingest/${unknown.id}/unprocessedrecords`)).body,
    );
    expect(unprocessed).toEqual([
      ['LastName', 'Nope'],
      ['A', 'B'],
    ]);
  });

  it('keeps aborted rows unprocessed, refuses a second upload and a bad job', async () => {
    const created = jsonOf(
      await raw('POST', '/jobs/ingest', JSON.stringify({ object: 'Contact', operation: 'insert' })),
    );
    const id = String(created.id);
    expect(created.contentUrl).toBe(`services/data/v62.0/jobs/ingest/${id}/batches`);
    await raw('PUT', `/jobs/ingest/${id}/batches`, 'LastName\nAborted\n', {
      'Content-Type': 'text/csv',
    });
    const again = await raw('PUT', `/jobs/ingest/${id}/batches`, 'LastName\nTwice\n', {
      'Content-Type': 'text/csv',
    });
    expect(again.status).toBe(409);
    const aborted = jsonOf(
      await raw('PATCH', `/jobs/ingest/${id}`, JSON.stringify({ state: 'Aborted' })),
    );
    expect(aborted.state).toBe('Aborted');
    expect(csvOf((await raw('GET', `/jobs/ingest/${id}/unprocessedrecords`)).body)).toEqual([
      ['LastName'],
      ['Aborted'],
    ]);
    const upsert = await raw(
      'POST',
      '/jobs/ingest',
      JSON.stringify({ object: 'Contact', operation: 'upsert' }),
    );
    expect(upsert.status).toBe(400);
    expect(JSON.parse(upsert.body.toString())).toEqual([
      expect.objectContaining({ errorCode: 'INVALIDJOB' }),
    ]);
    const noObject = await raw(
      'POST',
      '/jobs/ingest',
      JSON.stringify({ object: 'Nope', operation: 'insert' }),
    );
    expect(noObject.status).toBe(400);
  });
});
