import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recipientsTableName } from '../../../shared/domain/recipients';
import type { ConsoleEvent } from '../../../shared/events';
import { openTempConsole, type TempConsole } from '../../test-support/temp-console';
import { demoRecipients } from './demo-recipients';
import { dataFolder } from '../../core/data-folder';

let t: TempConsole;
beforeEach(async () => {
  t = await openTempConsole({ loggedOn: true });
  await t.core.records.upsert(recipientsTableName, demoRecipients(1, 5000));
});
afterEach(() => t.dispose());

const call = (channel: string, arg?: unknown) => t.core.dispatcher.dispatch(channel, arg);

/** Resolves with the job's finishing event; collects its progress on the way. */
function finished(jobId: string, progress: number[] = []) {
  return new Promise<Extract<ConsoleEvent, { type: 'job.finished' }>>((resolve) => {
    const stop = t.core.events.subscribe((event) => {
      if (event.type === 'job.progress' && event.jobId === jobId) progress.push(event.done);
      if (event.type === 'job.finished' && event.jobId === jobId) {
        stop();
        resolve(event);
      }
    });
  });
}

async function startExport(query: unknown): Promise<string> {
  const outcome = await call('records.exportCsv', { table: recipientsTableName, query });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return (outcome.value as { jobId: string }).jobId;
}

describe('records service', () => {
  it('lists the built-in Recipients table and pages through it', async () => {
    expect(await call('records.tables')).toEqual({
      ok: true,
      value: [{ name: recipientsTableName, label: 'Recipients', kind: 'table' }],
    });
    const page = await call('records.page', {
      table: recipientsTableName,
      columns: ['id', 'email'],
      sort: [{ column: 'id', descending: true }],
      offset: 10,
      limit: 2,
    });
    expect(page).toEqual({
      ok: true,
      value: [
        { id: 4990, email: demoRecipients(4990, 1)[0]?.email },
        { id: 4989, email: demoRecipients(4989, 1)[0]?.email },
      ],
    });
  });

  it('exports the filtered, sorted selection to CSV with progress', async () => {
    const progress: number[] = [];
    const jobId = await startExport({
      columns: ['id', 'lastName', 'blackList'],
      filter: { conditions: [{ column: 'id', operator: 'le', value: 3000 }] },
      sort: [{ column: 'id', descending: true }],
    });
    const end = await finished(jobId, progress);
    expect(end).toMatchObject({ outcome: 'succeeded', result: { rows: 3000 } });
    expect(progress.at(-1)).toBe(3000);
    const csv = await readFile(end.result?.exportPath ?? '', 'utf8');
    const lines = csv.trimEnd().split('\n');
    expect(lines).toHaveLength(3001);
    expect(lines[0]).toBe('id,lastName,blackList');
    const third = demoRecipients(3000, 1)[0];
    expect(lines[1]).toBe(`3000,${third?.lastName},${third?.blackList}`);
  });

  it('leaves no file behind when an export is cancelled', async () => {
    const jobId = await startExport({});
    const end = finished(jobId);
    expect(await call('jobs.cancel', { jobId })).toEqual({ ok: true, value: null });
    expect(await end).toMatchObject({ outcome: 'cancelled' });
    expect(await readdir(join(t.dataDir, dataFolder.exports))).toEqual([]);
    expect(await call('jobs.cancel', { jobId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses an export of an unknown column or a bad filter before starting it', async () => {
    expect(
      await call('records.exportCsv', { table: recipientsTableName, query: { columns: ['fax'] } }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(
      await call('records.exportCsv', {
        table: recipientsTableName,
        query: {
          filter: { conditions: [{ column: 'birthDate', operator: 'eq', value: 'yesterday' }] },
        },
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });
});
