import { execFile } from 'node:child_process';
import { request } from 'node:https';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { startSalesforceEmulator, type SalesforceEmulator } from '../salesforce/emulator';
import { installSfCli, type SfCli } from './install-sf-cli';

/**
 * `npm run sf-cli-check`: the Salesforce CLI against the Salesforce emulator. Logs in with an
 * access token, queries, creates, updates, reads and deletes a record, and checks each answer
 * against the emulator's own data, then exports, imports and upserts in bulk (Bulk API 2.0) and
 * checks the records in the emulator's data. Exits 0 with "skipped: <why>" when the CLI cannot be
 * installed (no registry, no disk). SF_CLI_CHECK_DIR keeps the installed CLI between runs.
 */

const alias = 'crm-emulator';
const envelope = z.object({ status: z.number(), result: z.unknown().optional() });
const queryResult = z.object({
  totalSize: z.number(),
  records: z.array(z.record(z.string(), z.unknown())),
});

interface Step {
  name: string;
  ok: boolean;
  detail: string;
}

function sfRunner(cli: SfCli, home: string, caFile: string, token: string) {
  const env = {
    ...process.env,
    PATH: [...cli.path, process.env.PATH ?? ''].join(':'),
    HOME: home,
    NODE_EXTRA_CA_CERTS: caFile,
    SF_ACCESS_TOKEN: token,
    SF_DISABLE_TELEMETRY: 'true',
    SF_AUTOUPDATE_DISABLE: 'true',
    // Else the CLI leaves an `sf update --autoupdate` running in the background.
    SF_DISABLE_AUTOUPDATE: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true',
    SF_USE_PROGRESS_BAR: 'false',
  };
  return (args: string[]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      execFile(
        cli.sf,
        [...args, '--json'],
        { env, timeout: 180_000, maxBuffer: 64 * 1024 * 1024 },
        (_error, stdout) => {
          try {
            const answer = envelope.parse(JSON.parse(stdout));
            if (answer.status !== 0) reject(new Error(stdout.slice(0, 600)));
            else resolve(answer.result);
          } catch {
            reject(
              new Error(`sf ${args[0]} ${args[1]} gave no JSON answer: ${stdout.slice(0, 300)}`),
            );
          }
        },
      );
    });
}

/** An access token from the emulator's password grant, as `sf org login access-token` takes one. */
function accessToken(sf: SalesforceEmulator): Promise<string> {
  const { clientId, clientSecret, username, password, securityToken } = sf.credentials;
  const form = new URLSearchParams({
    grant_type: 'password',
    client_id: clientId,
    client_secret: clientSecret,
    username,
    password: password + securityToken,
  }).toString();
  return new Promise((resolve, reject) => {
    const req = request(`${sf.loginUrl}/services/oauth2/token`, {
      method: 'POST',
      ca: sf.caPem,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      res.on('end', () => {
        const parsed = z.object({ access_token: z.string() }).safeParse(JSON.parse(body));
        if (parsed.success) resolve(parsed.data.access_token);
        else reject(new Error(`The token endpoint answered ${res.statusCode ?? 0}.`));
      });
    });
    req.on('error', reject);
    req.end(form);
  });
}

/** A field of a Contact as the emulator holds it, in the REST API's JSON form. */
function emulatorValue(sf: SalesforceEmulator, id: string, field: string): unknown {
  const store = sf.org.store('Contact');
  const ref = store?.refOf(id);
  if (!store || ref === null || ref === undefined) return undefined;
  return store.reader().at(ref).read(field);
}

async function runChecks(sf: SalesforceEmulator, cli: SfCli, home: string): Promise<Step[]> {
  const sfCall = sfRunner(cli, home, sf.caFile, await accessToken(sf));
  const steps: Step[] = [];
  const step = async (name: string, check: () => Promise<string>) => {
    try {
      steps.push({ name, ok: true, detail: await check() });
    } catch (error) {
      steps.push({
        name,
        ok: false,
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  };
  const expectEqual = (what: string, got: unknown, want: unknown) => {
    if (JSON.stringify(got) !== JSON.stringify(want))
      throw new Error(
        `${what}: the CLI has ${JSON.stringify(got)}, the emulator ${JSON.stringify(want)}`,
      );
  };

  await step('sf org login access-token', async () => {
    const result = z
      .object({ username: z.string(), orgId: z.string(), instanceUrl: z.string() })
      .parse(
        await sfCall([
          'org',
          'login',
          'access-token',
          '--instance-url',
          sf.loginUrl,
          '--alias',
          alias,
          '--no-prompt',
        ]),
      );
    expectEqual('username', result.username, sf.credentials.username);
    expectEqual('org id', result.orgId, sf.org.organizationId);
    return `logged in as ${result.username}, org ${result.orgId}`;
  });

  await step('sf data query (records)', async () => {
    const fields = ['Id', 'FirstName', 'LastName', 'Email', 'MailingCity', 'Birthdate'];
    const result = queryResult.parse(
      await sfCall([
        'data',
        'query',
        '--target-org',
        alias,
        '--query',
        `SELECT ${fields.join(', ')} FROM Contact ORDER BY Id LIMIT 50`,
      ]),
    );
    if (result.records.length !== 50) throw new Error(`${result.records.length} records, not 50`);
    for (const record of result.records)
      for (const field of fields.slice(1))
        expectEqual(
          `${String(record.Id)}.${field}`,
          record[field] ?? null,
          emulatorValue(sf, String(record.Id), field),
        );
    return `50 Contacts, ${fields.length} fields each, equal to the emulator's`;
  });

  await step('sf data query (count)', async () => {
    const store = sf.org.store('Contact');
    let live = 0;
    for (let ref = 0; ref < (store?.size ?? 0); ref += 1) if (!store?.isDeleted(ref)) live += 1;
    const result = queryResult.parse(
      await sfCall([
        'data',
        'query',
        '--target-org',
        alias,
        '--query',
        'SELECT COUNT() FROM Contact',
      ]),
    );
    expectEqual('COUNT()', result.totalSize, live);
    return `${live} Contacts not deleted`;
  });

  let createdId = '';
  await step('sf data create record', async () => {
    const result = z
      .object({ id: z.string() })
      .parse(
        await sfCall([
          'data',
          'create',
          'record',
          '--target-org',
          alias,
          '--sobject',
          'Contact',
          '--values',
          "FirstName='Cli' LastName='Check' Email='cli.check@example.com'",
        ]),
      );
    createdId = result.id;
    expectEqual('LastName', emulatorValue(sf, createdId, 'LastName'), 'Check');
    expectEqual('Email', emulatorValue(sf, createdId, 'Email'), 'cli.check@example.com');
    return `created ${createdId}; the emulator holds it`;
  });

  await step('sf data update record', async () => {
    await sfCall([
      'data',
      'update',
      'record',
      '--target-org',
      alias,
      '--sobject',
      'Contact',
      '--record-id',
      createdId,
      '--values',
      "Title='Checked by the CLI'",
    ]);
    expectEqual('Title', emulatorValue(sf, createdId, 'Title'), 'Checked by the CLI');
    return `updated ${createdId}`;
  });

  await step('sf data get record', async () => {
    const record = z
      .record(z.string(), z.unknown())
      .parse(
        await sfCall([
          'data',
          'get',
          'record',
          '--target-org',
          alias,
          '--sobject',
          'Contact',
          '--record-id',
          createdId,
        ]),
      );
    expectEqual('Title', record.Title, emulatorValue(sf, createdId, 'Title'));
    expectEqual('Name', record.Name, emulatorValue(sf, createdId, 'Name'));
    return `read back ${Object.keys(record).length} fields`;
  });

  await step('sf data delete record', async () => {
    await sfCall([
      'data',
      'delete',
      'record',
      '--target-org',
      alias,
      '--sobject',
      'Contact',
      '--record-id',
      createdId,
    ]);
    const ref = sf.org.store('Contact')?.refOf(createdId);
    if (ref === null || ref === undefined || !sf.org.store('Contact')?.isDeleted(ref))
      throw new Error(`${createdId} is not deleted in the emulator`);
    return `deleted ${createdId}; in the emulator's recycle bin`;
  });
  await bulkChecks(sf, sfCall, home, step, expectEqual);
  return steps;
}

type StepRunner = (name: string, check: () => Promise<string>) => Promise<void>;

/** The Contacts not deleted, by id, as the emulator holds them. */
function liveContactIds(sf: SalesforceEmulator): Set<string> {
  const store = sf.org.store('Contact');
  const ids = new Set<string>();
  for (let ref = 0; ref < (store?.size ?? 0); ref += 1)
    if (!store?.isDeleted(ref)) ids.add(store?.idOf(ref) ?? '');
  return ids;
}

/** The Contacts whose field has the value, as the emulator holds them. */
function contactsWhere(sf: SalesforceEmulator, field: string, value: string): string[] {
  const store = sf.org.store('Contact');
  const ids: string[] = [];
  for (let ref = 0; ref < (store?.size ?? 0); ref += 1)
    if (!store?.isDeleted(ref) && store?.reader().at(ref).read(field) === value)
      ids.push(store.idOf(ref));
  return ids;
}

/** `sf data export|import|upsert bulk`: Bulk API 2.0 jobs, each checked in the emulator's data. */
async function bulkChecks(
  sf: SalesforceEmulator,
  sfCall: (args: string[]) => Promise<unknown>,
  home: string,
  step: StepRunner,
  expectEqual: (what: string, got: unknown, want: unknown) => void,
): Promise<void> {
  const dir = join(home, 'bulk');
  await mkdir(dir, { recursive: true });

  await step('sf data export bulk', async () => {
    const file = join(dir, 'contacts.csv');
    await sfCall([
      'data',
      'export',
      'bulk',
      '--target-org',
      alias,
      '--wait',
      '5',
      '--result-format',
      'csv',
      '--output-file',
      file,
      '--query',
      'SELECT Id, LastName, Email FROM Contact',
    ]);
    const [header, ...rows] = parse(await readFile(file, 'utf8')) as string[][];
    expectEqual('header', header, ['Id', 'LastName', 'Email']);
    const live = liveContactIds(sf);
    expectEqual('records', rows.length, live.size);
    for (const [id, lastName, email] of rows) {
      if (!live.has(id ?? '')) throw new Error(`${id ?? ''} is not a live Contact of the emulator`);
      expectEqual(`${id ?? ''}.LastName`, lastName, emulatorValue(sf, id ?? '', 'LastName'));
      expectEqual(`${id ?? ''}.Email`, email || null, emulatorValue(sf, id ?? '', 'Email'));
    }
    return `${rows.length} Contacts in the CSV, each equal to the emulator's`;
  });

  await step('sf data import bulk', async () => {
    const file = join(dir, 'import.csv');
    const rows = Array.from({ length: 25 }, (_, i) => [
      `CliBulk${i}`,
      `cli.bulk${i}@example.com`,
      `CLI-BULK-${i}`,
    ]);
    await writeFile(file, stringify([['LastName', 'Email', 'External_Id__c'], ...rows]));
    await sfCall([
      'data',
      'import',
      'bulk',
      '--target-org',
      alias,
      '--wait',
      '5',
      '--sobject',
      'Contact',
      '--file',
      file,
    ]);
    for (const [lastName, email, key] of rows) {
      const ids = contactsWhere(sf, 'External_Id__c', key ?? '');
      expectEqual(`Contacts with ${key ?? ''}`, ids.length, 1);
      expectEqual(`${key ?? ''}.LastName`, emulatorValue(sf, ids[0] ?? '', 'LastName'), lastName);
      expectEqual(`${key ?? ''}.Email`, emulatorValue(sf, ids[0] ?? '', 'Email'), email);
    }
    return `${rows.length} Contacts inserted; the emulator holds each once`;
  });

  await step('sf data upsert bulk', async () => {
    const file = join(dir, 'upsert.csv');
    const rows = [
      ['CLI-BULK-0', 'Upserted by the CLI'],
      ['CLI-BULK-1', 'Upserted by the CLI'],
      ['CLI-BULK-NEW', 'Created by the CLI upsert'],
    ];
    await writeFile(file, stringify([['External_Id__c', 'Title'], ...rows.map((r) => [...r])]));
    await sfCall([
      'data',
      'upsert',
      'bulk',
      '--target-org',
      alias,
      '--wait',
      '5',
      '--sobject',
      'Contact',
      '--external-id',
      'External_Id__c',
      '--file',
      file,
    ]).catch((error: unknown) => {
      // The new row has no LastName: the CLI reports the job's failed record as an error.
      if (!(error instanceof Error && /REQUIRED_FIELD_MISSING|failed/i.test(error.message)))
        throw error;
    });
    for (const key of ['CLI-BULK-0', 'CLI-BULK-1']) {
      const [id] = contactsWhere(sf, 'External_Id__c', key);
      expectEqual(`${key}.Title`, emulatorValue(sf, id ?? '', 'Title'), 'Upserted by the CLI');
      expectEqual(
        `${key}.LastName`,
        emulatorValue(sf, id ?? '', 'LastName'),
        `CliBulk${key.slice(-1)}`,
      );
    }
    expectEqual(
      'Contacts with CLI-BULK-NEW',
      contactsWhere(sf, 'External_Id__c', 'CLI-BULK-NEW').length,
      0,
    );
    return '2 Contacts updated by External_Id__c; the row without LastName refused, none created';
  });
}

async function main(): Promise<number> {
  const cacheDir = process.env.SF_CLI_CHECK_DIR ?? join(tmpdir(), 'crm-console-sf-cli');
  const install = await installSfCli(cacheDir, (line) => console.log(line));
  if (!install.ok) {
    console.log(`skipped: ${install.reason}`);
    return 0;
  }
  console.log(`Salesforce CLI: ${install.cli.version}`);
  const work = await mkdtemp(join(tmpdir(), 'crm-sf-cli-check-'));
  const sf = await startSalesforceEmulator({ dataDir: join(work, 'data'), records: 200, seed: 7 });
  try {
    const steps = await runChecks(sf, install.cli, join(work, 'home'));
    for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name}: ${s.detail}`);
    const failed = steps.filter((s) => !s.ok).length;
    console.log(`sf-cli-check: ${steps.length - failed} passed, ${failed} failed`);
    return failed === 0 ? 0 : 1;
  } finally {
    await sf.close();
    await rm(work, { recursive: true, force: true });
  }
}

process.exitCode = await main();
