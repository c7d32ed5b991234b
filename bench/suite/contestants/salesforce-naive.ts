import Database from 'better-sqlite3';
import { Connection } from 'jsforce';
import https from 'node:https';
import type { SalesforceLogin } from '../../../electron/connectors/salesforce/salesforce-connector';

/** The fields the console's import reads (bench/workflows/scenario.ts), with the record id. */
export const contactFields = [
  'Id',
  'FirstName',
  'LastName',
  'Email',
  'Phone',
  'MailingCity',
  'Birthdate',
  'HasOptedOutOfEmail',
  'LastModifiedDate',
] as const;
export const contactSoql = `SELECT ${contactFields.join(', ')} FROM Contact`;
const pageOptions = { headers: { 'Sforce-Query-Options': 'batchSize=2000' } };

type Row = Record<string, unknown>;

export async function naiveLogin(login: SalesforceLogin): Promise<Connection> {
  const conn = new Connection({
    oauth2: {
      loginUrl: login.loginUrl,
      clientId: login.clientId,
      clientSecret: login.clientSecret ?? undefined,
    },
    version: login.apiVersion,
  });
  await conn.login(login.username, login.password ?? '');
  return conn;
}

/**
 * The quick script of issue 16: `query` then `queryMore`, each page inserted into better-sqlite3
 * in one transaction (WAL, as such a script is usually told to use), one page at a time.
 */
export async function naivePager(
  login: SalesforceLogin,
  soql: string,
  file: string,
): Promise<number> {
  const conn = await naiveLogin(login);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(
    `CREATE TABLE contact (${contactFields.map((f) => (f === 'Id' ? 'Id TEXT PRIMARY KEY' : `${f}`)).join(', ')})`,
  );
  const insert = db.prepare(
    `INSERT OR REPLACE INTO contact VALUES (${contactFields.map(() => '?').join(', ')})`,
  );
  const store = db.transaction((records: Row[]) => {
    for (const r of records)
      insert.run(
        contactFields.map((f) => {
          const v = r[f];
          return typeof v === 'boolean' ? Number(v) : (v ?? null);
        }),
      );
  });
  let page = await conn.query<Row>(soql, { autoFetch: false, ...pageOptions });
  let count = 0;
  for (;;) {
    store(page.records);
    count += page.records.length;
    if (page.done || !page.nextRecordsUrl) break;
    page = await conn.queryMore<Row>(page.nextRecordsUrl);
  }
  db.close();
  return count;
}

/** jsforce's `autoFetch`: every page into one array in memory. */
export async function autoFetch(login: SalesforceLogin, soql: string): Promise<number> {
  const conn = await naiveLogin(login);
  const result = await conn.query<Row>(soql, {
    autoFetch: true,
    maxFetch: Number.MAX_SAFE_INTEGER,
    ...pageOptions,
  });
  return result.records.length;
}

const nextUrl = /"nextRecordsUrl"\s*:\s*"([^"]+)"/;
const sizeOf = /"records"\s*:\s*\[/;

/**
 * The emulator's own serving rate: pages downloaded over the same HTTPS and thrown away, the
 * next page's locator picked out of the text without parsing it. Records are counted from the
 * answer's `totalSize`, as nothing is parsed.
 */
export async function rawDownload(login: SalesforceLogin, soql: string): Promise<number> {
  const conn = await naiveLogin(login);
  const agent = https.globalAgent;
  const get = (path: string) =>
    new Promise<string>((resolve, reject) => {
      const url = new URL(path, conn.instanceUrl);
      https
        .get(
          url,
          {
            agent,
            headers: {
              Authorization: `Bearer ${conn.accessToken ?? ''}`,
              'Sforce-Query-Options': 'batchSize=2000',
            },
          },
          (res) => {
            // Only the first and last kilobytes are kept: the locator and the size are there.
            let head = '';
            let tail = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              if (head.length < 1024) head += chunk.slice(0, 1024);
              tail = (tail + chunk).slice(-1024);
            });
            res.on('end', () =>
              res.statusCode === 200
                ? resolve(head + tail)
                : reject(new Error(`${url.pathname} answered ${res.statusCode ?? 0}.`)),
            );
            res.on('error', reject);
          },
        )
        .on('error', reject);
    });
  const first = await get(
    `/services/data/v${login.apiVersion}/query?q=${encodeURIComponent(soql)}`,
  );
  const total = /"totalSize"\s*:\s*(\d+)/.exec(first);
  if (!total || !sizeOf.test(first)) throw new Error('The first page has no totalSize.');
  let page = first;
  for (;;) {
    const next = nextUrl.exec(page)?.[1];
    if (!next) break;
    page = await get(next);
  }
  return Number(total[1]);
}
