import { describe, expect, it } from 'vitest';
import { createConsoleClient } from '../../api/console-client';
import { fakeBridge, recordingNotifier } from '../../test-support/fake-bridge';
import { createJobsStore } from './jobs-store';

const jobId = '5d2b0c1a-7e2f-4f57-8a52-0a9f3c7e1b22';

describe('jobs store: log lines', () => {
  it('keeps every job’s log lines in order, before and after it is tracked, and when it ended', () => {
    const store = createJobsStore({
      api: createConsoleClient(fakeBridge({}).bridge),
      notify: recordingNotifier().notify,
    });
    const at = '2026-11-23T10:00:00.000Z';
    store.getState().apply({ type: 'job.log', jobId, level: 'info', text: 'one', at });
    store.getState().track(jobId, 'Schema generation');
    store.getState().apply({ type: 'job.log', jobId, level: 'warning', text: 'two', at });
    expect(store.getState().jobs[jobId]?.endedAt).toBeNull();
    store.getState().apply({ type: 'job.finished', jobId, outcome: 'succeeded' });
    expect(store.getState().jobs[jobId]).toMatchObject({
      status: 'succeeded',
      log: [
        { level: 'info', text: 'one', at },
        { level: 'warning', text: 'two', at },
      ],
    });
    expect(store.getState().jobs[jobId]?.endedAt).toEqual(expect.any(Number));
  });
});
