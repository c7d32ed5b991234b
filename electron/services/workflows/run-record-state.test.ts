import { describe, expect, it } from 'vitest';
import { msg } from '../../../shared/i18n/message';
import { workflowSchema } from '../../../shared/domain/workflows/workflow-graph';
import type { RunRecord } from '../../storage/runs/run-record';
import {
  beginExecution,
  completeExecution,
  earliestDueAt,
  endRecord,
  interruptRecord,
  newRunRecord,
  resumeRecord,
  takeDueTask,
} from './run-record-state';

const at = '2026-03-01T08:00:00.000Z';
const position = { x: 0, y: 0 };

/** start → work (ok) → end, and a scheduler beside them. */
function newRecord(): RunRecord {
  const workflow = workflowSchema.parse({
    name: 'nightly',
    label: 'Nightly',
    activities: [
      { id: 'start', type: 'start', label: '', position },
      { id: 'work', type: 'javascript', label: '', position },
      { id: 'end', type: 'end', label: '', position },
      {
        id: 'timer',
        type: 'scheduler',
        label: '',
        position,
        schedule: { kind: 'every', minutes: 5 },
      },
    ],
    transitions: [
      { id: 't1', from: 'start', output: 'ok', to: 'work' },
      { id: 't2', from: 'work', output: 'ok', to: 'end' },
    ],
  });
  return newRunRecord({ ...workflow, version: 1, updatedAt: at }, 'run-1', at);
}

describe('run record state', () => {
  it('starts with the Start and Scheduler activities queued and pending', () => {
    const record = newRecord();
    expect(record.queue.map((t) => [t.id, t.activityId])).toEqual([
      ['task1', 'start'],
      ['task2', 'timer'],
    ]);
    expect(record.taskCounter).toBe(2);
    expect(record.activities.start?.state).toBe('pending');
    expect(record.activities.work?.state).toBe('idle');
  });

  it('completes the head task: its outputs queue the next activity, `again` re-queues it', () => {
    const record = newRecord();
    const start = takeDueTask(record, 0);
    if (start === null || start === 'later') throw new Error('Expected a due task.');
    beginExecution(record, start, at);
    completeExecution(record, start, { outputs: { ok: null } });
    expect(record.queue.map((t) => t.activityId)).toEqual(['timer', 'work']);
    expect(record.activities.work?.state).toBe('pending');

    const timer = takeDueTask(record, 0);
    if (timer === null || timer === 'later') throw new Error('Expected a due task.');
    beginExecution(record, timer, at);
    completeExecution(record, timer, { outputs: {}, again: { dueAt: 60_000, checkpoint: 1 } });
    expect(record.queue.at(-1)).toMatchObject({ id: 'task4', activityId: 'timer', dueAt: 60_000 });
    expect(record.activities.timer?.waitingUntil).toBe('1970-01-01T00:01:00.000Z');
    expect(earliestDueAt(record)).toBe(0);
  });

  it('takes the first due task to the head, or says none is due yet', () => {
    const record = newRecord();
    for (const task of record.queue) task.dueAt = 1000;
    expect(takeDueTask(record, 999)).toBe('later');
    record.queue.forEach((task, i) => (task.dueAt = i === 0 ? 1000 : 500));
    expect(takeDueTask(record, 999)).toMatchObject({ activityId: 'timer' });
    expect(record.queue[0]?.activityId).toBe('timer');
  });

  it('counts a resumed execution once', () => {
    const record = newRecord();
    const [task] = record.queue;
    if (!task) throw new Error('Expected a task.');
    beginExecution(record, task, at);
    interruptRecord(record);
    expect(record.status).toBe('interrupted');
    expect(record.activities.start?.state).toBe('pending');
    resumeRecord(record);
    beginExecution(record, task, '2026-03-01T09:00:00.000Z');
    expect(record.status).toBe('running');
    expect(record.activities.start).toMatchObject({ executions: 1, startedAt: at });
  });

  it('ends with an empty queue and nothing shown running or pending', () => {
    const record = newRecord();
    endRecord(record, 'cancelled', msg('messages:runs.replaced'), at);
    expect(record).toMatchObject({
      status: 'cancelled',
      message: 'Replaced by a new run of the workflow.',
      messageText: { key: 'messages:runs.replaced' },
      endedAt: at,
    });
    expect(record.queue).toEqual([]);
    expect(Object.values(record.activities).map((v) => v.state)).not.toContain('pending');
  });
});
