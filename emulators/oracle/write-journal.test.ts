import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SettableClock } from '../../electron/core/clock';
import { seedCertificates } from '../test-support/certificates';
import { httpsCall, readSoapAnswer, soapEnvelope } from '../test-support/oracle';
import { testAnchor } from '../test-support/salesforce';
import { oracleWriteJournalFile, startOracleEmulator } from './emulator';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'crm-oracle-journal-'));
  await seedCertificates(dataDir);
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const start = () =>
  startOracleEmulator({
    dataDir,
    records: 10,
    persistWrites: true,
    clock: new SettableClock(testAnchor.getTime()),
  });

describe('Oracle write journal (persistWrites)', () => {
  it('applies the writes made before a restart again, on the same generated data', async () => {
    const first = await start();
    const token = { username: first.credentials.username, password: first.credentials.password };
    const answer = readSoapAnswer(
      await httpsCall(`${first.serverUrl}/Services/Integration`, first.caPem, {
        method: 'POST',
        headers: {
          'Content-Type': 'text/xml',
          SOAPAction: '"document/urn:crmondemand/ws/ecbs/account/:AccountInsert"',
        },
        body: soapEnvelope(
          token,
          'urn:crmondemand/ws/ecbs/account/',
          'AccountInsert_Input',
          (input) => {
            input.ele('ListOfAccount').ele('Account').ele('AccountName').txt('Kept Ltd');
          },
        ),
      }),
    );
    expect(answer.status).toBe(200);
    const firstCreated = first.company.store('Account')?.reader().at(10).read('CreatedDate');
    await first.close();
    expect(await readFile(oracleWriteJournalFile(dataDir), 'utf8')).toContain('Kept Ltd');

    const second = await start();
    const reader = second.company.store('Account')?.reader().at(10);
    expect(reader?.read('AccountName')).toBe('Kept Ltd');
    expect(reader?.read('CreatedDate')).toBe(firstCreated);
    expect(second.credentials).toEqual(first.credentials);
    await second.close();
  });
});
