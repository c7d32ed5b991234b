import iconv from 'iconv-lite';
import { randomUUID } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recipientsTableName } from '../../../../shared/domain/recipients';
import type { ConsoleEvent } from '../../../../shared/events';
import { dataFolder } from '../../../core/data-folder';
import { openTempConsole, type TempConsole } from '../../../test-support/temp-console';

let t: TempConsole;
beforeEach(async () => {
  t = await openTempConsole({ loggedOn: true });
  await t.core.records.upsert(recipientsTableName, [
    { id: 5, email: 'old@example.com', salesforceId: '003000000000000001' },
  ]);
});
afterEach(() => t.dispose());

async function call<T>(channel: string, arg?: unknown): Promise<T> {
  const outcome = await t.core.dispatcher.dispatch(channel, arg);
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value as T;
}

/** Sends a file as the window does: in pieces, each at the size so far. */
async function upload(bytes: Buffer, piece = 16): Promise<string> {
  const uploadId = randomUUID();
  for (let offset = 0; offset < bytes.length; offset += piece)
    await call('records.upload', {
      uploadId,
      offset,
      data: bytes.subarray(offset, offset + piece).toString('base64'),
    });
  return uploadId;
}

function finished(jobId: string) {
  return new Promise<Extract<ConsoleEvent, { type: 'job.finished' }>>((resolve) => {
    const stop = t.core.events.subscribe((event) => {
      if (event.type === 'job.finished' && event.jobId === jobId) {
        stop();
        resolve(event);
      }
    });
  });
}

const recipients = async () =>
  (await t.core.records.readPage({ table: recipientsTableName, offset: 0, limit: 100 })).map(
    (r) => [r.id, r.email, r.lastName, r.gender, r.salesforceId, r.created !== null],
  );

// Windows-1252, semicolons, a header: what a spreadsheet saved as CSV in Europe gives.
const european = iconv.encode(
  [
    'E-mail;Nom;Genre;Salesforce',
    'zoé@example.com;Müller;2;',
    'bad@example.com;Dupont;girl;',
    'new@example.com;Lévy;1;003000000000000009',
    'changed@example.com;Old;0;003000000000000001',
  ].join('\r\n'),
  'windows-1252',
);
const mapping = [
  { source: 0, destination: 'email' },
  { source: 1, destination: 'lastName' },
  { source: 2, destination: 'gender' },
];

describe('file import into a table', () => {
  it('detects the encoding and the separator, and shows the header and first rows', async () => {
    const uploadId = await upload(european);
    const preview = await call('records.previewFile', { uploadId });
    // Latin-1 and Windows-1252 agree on these letters; chardet names the former.
    expect(preview).toEqual({
      encoding: 'iso-8859-1',
      separator: ';',
      header: true,
      columns: ['E-mail', 'Nom', 'Genre', 'Salesforce'],
      rows: [
        ['zoé@example.com', 'Müller', '2', ''],
        ['bad@example.com', 'Dupont', 'girl', ''],
        ['new@example.com', 'Lévy', '1', '003000000000000009'],
        ['changed@example.com', 'Old', '0', '003000000000000001'],
      ],
    });
  });

  it('inserts with numbered keys and stamps; a line the table refuses goes to the rejects file', async () => {
    const uploadId = await upload(european);
    const { jobId } = await call<{ jobId: string }>('records.importFile', {
      uploadId,
      table: recipientsTableName,
      format: { encoding: 'windows-1252', separator: ';', header: true },
      mapping,
      operation: 'insert',
      reconciliation: ['id'],
    });
    const done = await finished(jobId);
    expect(done.outcome).toBe('succeeded');
    expect(done.result?.rows).toBe(3);
    expect(done.result?.rejected).toBe(1);
    expect(await recipients()).toEqual([
      [5, 'old@example.com', null, null, '003000000000000001', false],
      [6, 'zoé@example.com', 'Müller', 2, null, true],
      [7, 'new@example.com', 'Lévy', 1, null, true],
      [8, 'changed@example.com', 'Old', 0, null, true],
    ]);
    const rejects = await readFile(
      join(t.dataDir, dataFolder.exports, done.result?.exportFile ?? ''),
      'utf8',
    );
    expect(rejects).toBe(
      'line,reason,fields\n3,"Gender: expected a whole number, got \'girl\'.",bad@example.com;Dupont;girl;\n',
    );
  });

  it('insert or update reconciled on a unique key: the existing record changes, Created stays', async () => {
    const uploadId = await upload(european);
    const { jobId } = await call<{ jobId: string }>('records.importFile', {
      uploadId,
      table: recipientsTableName,
      format: { encoding: 'windows-1252', separator: ';', header: true },
      mapping: [...mapping, { source: 3, destination: 'salesforceId' }],
      operation: 'upsert',
      reconciliation: ['salesforceId'],
    });
    const done = await finished(jobId);
    expect(done.result).toMatchObject({ rows: 2, rejected: 2 });
    expect(await recipients()).toEqual([
      [5, 'changed@example.com', 'Old', 0, '003000000000000001', false],
      [6, 'new@example.com', 'Lévy', 1, '003000000000000009', true],
    ]);
  });

  it('writes nothing when cancelled, and leaves no rejects file', async () => {
    const lines = ['email;lastName'];
    for (let i = 0; i < 20000; i++) lines.push(`r${i}@example.com;Name${i}`);
    const uploadId = await upload(Buffer.from(lines.join('\n')), 512 * 1024);
    const { jobId } = await call<{ jobId: string }>('records.importFile', {
      uploadId,
      table: recipientsTableName,
      format: { encoding: 'utf-8', separator: ';', header: true },
      mapping: [
        { source: 0, destination: 'email' },
        { source: 1, destination: 'lastName' },
      ],
      operation: 'insert',
      reconciliation: ['id'],
    });
    const outcome = finished(jobId);
    await call('jobs.cancel', { jobId });
    expect((await outcome).outcome).toBe('cancelled');
    expect(await t.core.records.count(recipientsTableName)).toBe(1);
    expect(await readdir(join(t.dataDir, dataFolder.exports)).catch(() => [])).toEqual([]);
  });

  it('refuses a piece sent out of order, and an import reconciled on a column that is no key', async () => {
    const uploadId = await upload(Buffer.from('a;b\n1;2\n'));
    const outOfOrder = await t.core.dispatcher.dispatch('records.upload', {
      uploadId,
      offset: 2,
      data: 'AA==',
    });
    expect(outOfOrder).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'The upload is at 8 bytes, not 2: send the file again.',
        key: 'messages:files.uploadOffset',
        params: { size: 8, offset: 2 },
      },
    });
    const notAKey = await t.core.dispatcher.dispatch('records.importFile', {
      uploadId,
      table: recipientsTableName,
      format: { encoding: 'utf-8', separator: ';', header: true },
      mapping: [{ source: 0, destination: 'email' }],
      operation: 'upsert',
      reconciliation: ['email'],
    });
    expect(notAKey).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        message:
          'Rows of Recipients are reconciled on its key or one of its unique keys, not on email.',
      },
    });
  });
});
