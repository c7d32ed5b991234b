import { existsSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunLogLine } from '../../../shared/domain/workflows/run-views';
import type { RunRecord } from './run-record';
import { RunStore } from './run-store';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'run-store-test-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const record = (id: string): RunRecord => ({
  id,
  workflow: 'wkfImport',
  snapshot: {
    name: 'wkfImport',
    label: 'Import',
    activities: [
      {
        id: 'start',
        label: 'Start',
        position: { x: 0, y: 0 },
        onError: 'suspend',
        initScript: '',
        type: 'start',
      },
    ],
    transitions: [],
    version: 4,
    updatedAt: '2026-11-20T08:00:00.000Z',
  },
  status: 'running',
  startedAt: '2026-11-20T08:00:00.000Z',
  endedAt: null,
  message: null,
  vars: { crmOptionName: 'LASTIMPORT_acme_crm' },
  queue: [{ id: 'task1', activityId: 'start', input: null, dueAt: null, checkpoint: { at: 1 } }],
  taskCounter: 1,
  activities: {},
  workTables: ['wkf_crm_0a1b2c3d'],
});

const line = (seq: number): RunLogLine => ({
  seq,
  at: '2026-11-20T08:00:00.000Z',
  level: 'info',
  activity: null,
  text: `Line ${seq}`,
});

describe('RunStore', () => {
  it('reads back what it saved', async () => {
    const store = new RunStore(root);
    await store.save(record('run-1'));
    expect(await new RunStore(root).loadAll()).toEqual([{ kind: 'ok', record: record('run-1') }]);
  });

  it('reports a run.json that is not JSON, or not a run, without failing the others', async () => {
    const store = new RunStore(root);
    await store.save(record('run-ok'));
    await mkdir(join(root, 'run-garbled'));
    await writeFile(join(root, 'run-garbled', 'run.json'), '{"workflow": "wkfImport", ');
    await store.save(record('run-odd'));
    await writeFile(
      join(root, 'run-odd', 'run.json'),
      JSON.stringify({ ...record('run-odd'), queue: 'none' }),
    );

    const loaded = await new RunStore(root).loadAll();
    const byId = Object.fromEntries(loaded.map((r) => [r.kind === 'ok' ? r.record.id : r.id, r]));
    expect(byId['run-ok']?.kind).toBe('ok');
    expect(byId['run-garbled']).toMatchObject({
      kind: 'broken',
      workflow: null,
      reason: expect.stringContaining('it is not valid JSON') as unknown,
    });
    expect(byId['run-odd']).toMatchObject({
      kind: 'broken',
      workflow: 'wkfImport',
      version: 4,
      startedAt: '2026-11-20T08:00:00.000Z',
      reason: expect.stringContaining('queue: Expected a list.') as unknown,
    });
  });

  it('appends log lines in order and skips one cut short by a crash', async () => {
    const store = new RunStore(root);
    await Promise.all([1, 2, 3].map((seq) => store.appendLog('run-1', line(seq))));
    await appendFile(join(root, 'run-1', 'log.jsonl'), '{"seq": 4, "at": "2026');

    expect(await store.readLog('run-1')).toEqual([line(1), line(2), line(3)]);
    expect(await store.readLog('run-1', 1, 1)).toEqual([line(2)]);
    expect(await store.lastLogSeq('run-1')).toBe(3);
    expect(await store.readLog('run-none')).toEqual([]);
  });

  it('reads lines worded as messages, and plain-text lines written before keys', async () => {
    const store = new RunStore(root);
    const worded: RunLogLine = {
      ...line(2),
      text: 'Run paused.',
      key: 'messages:runs.paused',
    };
    const folder = join(root, 'run-1');
    await mkdir(folder, { recursive: true });
    // An old journal: its first line has only its English text.
    await writeFile(join(folder, 'log.jsonl'), `${JSON.stringify(line(1))}\n`);
    await store.appendLog('run-1', worded);
    await appendFile(join(folder, 'log.jsonl'), `${JSON.stringify({ ...line(3), key: 'x' })}\n`);

    // A key outside the messages catalogue is refused at this boundary: the line is skipped.
    expect(await store.readLog('run-1')).toEqual([line(1), worded]);
  });

  it('removes task folders, then the whole run', async () => {
    const store = new RunStore(root);
    await store.save(record('run-1'));
    await mkdir(store.taskDir('run-1', 'task1'), { recursive: true });
    await store.removeTaskDirs('run-1');
    expect(existsSync(store.taskDir('run-1', 'task1'))).toBe(false);
    expect((await store.loadAll()).length).toBe(1);
    await store.remove('run-1');
    expect(await store.loadAll()).toEqual([]);
  });
});
