import { describe, expect, it } from 'vitest';
import { createConsoleClient } from '../../api/console-client';
import { fakeBridge, recordingNotifier } from '../../test-support/fake-bridge';
import { createJobsStore } from './jobs-store';

const jobId = '6c1f3f4e-8a71-4c55-9a3f-6e0f4b7f2a10';

function setUp(
  cancel: () => null | { error: { code: 'NOT_FOUND'; message: string } } = () => null,
) {
  const fake = fakeBridge({ 'jobs.cancel': cancel });
  const { notify, messages } = recordingNotifier();
  const store = createJobsStore({ api: createConsoleClient(fake.bridge), notify });
  return { store, fake, messages };
}

describe('jobs store', () => {
  it('announces the end of a job it tracks, even when the end came before the id', () => {
    const { store, messages } = setUp();
    store
      .getState()
      .apply({ type: 'job.finished', jobId, outcome: 'failed', message: 'Disk full.' });
    expect(messages).toEqual([]);
    store.getState().track(jobId, 'Export of Recipients');
    expect(messages).toEqual(['failed: Export of Recipients failed: Disk full.']);
    expect(store.getState().jobs[jobId]).toMatchObject({ status: 'failed', message: 'Disk full.' });
  });

  it('ignores progress that comes after the end', () => {
    const { store } = setUp();
    store.getState().apply({ type: 'job.finished', jobId, outcome: 'cancelled' });
    store.getState().apply({ type: 'job.progress', jobId, done: 5, total: 9 });
    expect(store.getState().jobs[jobId]).toMatchObject({ status: 'cancelled', done: 0 });
  });

  it('cancels through the service and marks the job until its end arrives', async () => {
    const { store, fake } = setUp();
    store.getState().track(jobId, 'Export of Recipients');
    const cancelling = store.getState().cancel(jobId);
    expect(store.getState().jobs[jobId]?.cancelling).toBe(true);
    await cancelling;
    expect(fake.calls.map((c) => c.arg)).toEqual([{ jobId }]);
    store.getState().apply({ type: 'job.finished', jobId, outcome: 'cancelled' });
    expect(store.getState().jobs[jobId]).toMatchObject({ status: 'cancelled', cancelling: false });
  });

  it('says nothing when the job had already finished as it was cancelled', async () => {
    const { store, messages } = setUp(() => ({
      error: { code: 'NOT_FOUND', message: 'That job has already finished.' },
    }));
    await store.getState().cancel(jobId);
    expect(messages).toEqual([]);
    expect(store.getState().jobs[jobId]?.cancelling).toBe(false);
  });

  it('keeps a bounded number of finished jobs', () => {
    const { store } = setUp();
    for (let i = 0; i < 30; i++)
      store.getState().apply({ type: 'job.finished', jobId: `job-${i}`, outcome: 'succeeded' });
    expect(Object.keys(store.getState().jobs)).toHaveLength(20);
    expect(store.getState().jobs['job-29']).toBeDefined();
  });
});
