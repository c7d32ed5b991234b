import { describe, expect, it } from 'vitest';
import type { RunLogLine, RunView } from '../../../shared/domain/workflows/run-views';
import { createConsoleClient } from '../../api/console-client';
import { fakeBridge, recordingNotifier } from '../../test-support/fake-bridge';
import { createWorkflowRunStore, selectedRun } from './workflow-run-store';

const run = (id: string, startedAt: string, status: RunView['status'] = 'succeeded'): RunView => ({
  id,
  workflow: 'wkfImport',
  version: 1,
  status,
  startedAt,
  endedAt: null,
  message: null,
  activities: {},
  vars: {},
});
const line = (seq: number, text: string): RunLogLine => ({
  seq,
  at: '2024-05-01T10:00:00.000Z',
  level: 'info',
  activity: 'start',
  text,
});

function setUp() {
  const logs: Record<string, RunLogLine[]> = {
    r1: [line(1, 'old run')],
    r2: [line(1, 'Started.'), line(2, 'Imported 3 rows.')],
    r3: [line(1, 'Started again.')],
  };
  const fake = fakeBridge({
    'workflows.runs': () => [
      run('r1', '2024-05-01T09:00:00.000Z'),
      run('r2', '2024-05-01T10:00:00.000Z'),
    ],
    'workflows.log': ({ runId }) => logs[runId] ?? [],
    'workflows.start': () => run('r3', '2024-05-01T11:00:00.000Z', 'running'),
    'workflows.pause': ({ runId }) => ({ ...run(runId, '2024-05-01T11:00:00.000Z', 'paused') }),
  });
  const store = createWorkflowRunStore({
    api: createConsoleClient(fake.bridge),
    notify: recordingNotifier().notify,
  });
  return { fake, store };
}

describe('workflow run store', () => {
  it('shows the newest run with its log, and a picked older one', async () => {
    const { store } = setUp();
    await store.getState().follow('wkfImport');
    expect(store.getState().runId).toBe('r2');
    expect(store.getState().log.map((l) => l.text)).toEqual(['Started.', 'Imported 3 rows.']);
    await store.getState().pick('r1');
    expect(store.getState().log.map((l) => l.text)).toEqual(['old run']);
  });

  it('merges live events with the log read back, each line once and in order', async () => {
    const { store } = setUp();
    await store.getState().follow('wkfImport');
    store
      .getState()
      .apply({ type: 'workflow.log', runId: 'r2', line: line(2, 'Imported 3 rows.') });
    store.getState().apply({ type: 'workflow.log', runId: 'r2', line: line(3, 'Done.') });
    store.getState().apply({ type: 'workflow.log', runId: 'r1', line: line(9, 'not shown') });
    expect(store.getState().log.map((l) => l.seq)).toEqual([1, 2, 3]);
    store.getState().apply({
      type: 'workflow.run',
      run: { ...run('r2', '2024-05-01T10:00:00.000Z'), status: 'failed' },
    });
    store.getState().apply({
      type: 'workflow.run',
      run: { ...run('x', '2024-05-01T12:00:00.000Z'), workflow: 'other' },
    });
    expect(selectedRun(store.getState())?.status).toBe('failed');
    expect(store.getState().runs.map((r) => r.id)).toEqual(['r2', 'r1']);
  });

  it('starts a run and follows it; pauses it', async () => {
    const { fake, store } = setUp();
    await store.getState().follow('wkfImport');
    await store.getState().start();
    expect(store.getState()).toMatchObject({ runId: 'r3', busy: null });
    expect(store.getState().log.map((l) => l.text)).toEqual(['Started again.']);
    await store.getState().pause();
    expect(fake.calls.at(-1)).toEqual({ channel: 'workflows.pause', arg: { runId: 'r3' } });
    expect(selectedRun(store.getState())?.status).toBe('paused');
  });

  it('keeps the events of a run that finished before the answer to Start came back', async () => {
    const started = run('r3', '2024-05-01T11:00:00.000Z', 'running');
    const finished: RunView = {
      ...started,
      status: 'succeeded',
      endedAt: '2024-05-01T11:00:01.000Z',
      activities: {
        start: {
          state: 'done',
          executions: 1,
          input: null,
          outputs: {},
          startedAt: started.startedAt,
          endedAt: '2024-05-01T11:00:01.000Z',
          durationMs: 1000,
          progress: null,
          error: null,
        },
      },
    };
    const fake = fakeBridge({
      'workflows.runs': () => [],
      'workflows.log': () => [],
      'workflows.start': () => {
        // The run's events overtake the answer, which tells of the run as it was at the start.
        store.getState().apply({ type: 'workflow.run', run: finished });
        return started;
      },
    });
    const store = createWorkflowRunStore({
      api: createConsoleClient(fake.bridge),
      notify: recordingNotifier().notify,
    });
    await store.getState().follow('wkfImport');
    await store.getState().start();
    expect(selectedRun(store.getState())).toEqual(finished);
  });

  it('titles a refused Start by what was asked, with the reasons the service gave', async () => {
    const fake = fakeBridge({
      'workflows.runs': () => [],
      'workflows.start': () => ({
        error: {
          code: 'VALIDATION_FAILED',
          message: "Workflow 'wkfImport' cannot start. Import: choose a remote object.",
          details: {
            issues: [{ path: 'activities.import', message: 'Import: choose a remote object.' }],
          },
        },
      }),
    });
    const store = createWorkflowRunStore({
      api: createConsoleClient(fake.bridge),
      notify: recordingNotifier().notify,
    });
    await store.getState().follow('wkfImport');
    await store.getState().start();
    const refusal = store.getState().actionError;
    expect(refusal?.title).toBe('The workflow could not start');
    expect(refusal?.error.message).toContain('Import: choose a remote object.');
    expect(refusal?.error.issues).toHaveLength(1);
  });
});
