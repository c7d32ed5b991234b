import { englishText, msg, type ConsoleMessage } from '../../../shared/i18n/message';
import type { ActivityOutput } from '../../../shared/domain/workflows/activity-catalogue';
import type { ActivityRunView } from '../../../shared/domain/workflows/run-views';
import type { StoredWorkflow } from '../../../shared/domain/workflows/workflow-graph';
import type { RunRecord, RunTask } from '../../storage/runs/run-record';
import type { ActivityOutcome, Population } from './activity';
import { idleActivityViews } from './run-views';

/**
 * The state changes of a run's record (`run.json`): its queue and its status. Each changes the
 * record in place and does no I/O; the driver and the engine save the record after.
 */

export type FinalStatus = 'succeeded' | 'failed' | 'cancelled';

/** A new run of the workflow: its Start and Scheduler activities queued, the others idle. */
export function newRunRecord(workflow: StoredWorkflow, id: string, startedAt: string): RunRecord {
  const record: RunRecord = {
    id,
    workflow: workflow.name,
    snapshot: workflow,
    status: 'running',
    startedAt,
    endedAt: null,
    message: null,
    vars: {},
    queue: [],
    taskCounter: 0,
    activities: idleActivityViews(workflow),
    workTables: [],
  };
  for (const activity of workflow.activities)
    if (activity.type === 'start' || activity.type === 'scheduler')
      queueTask(record, activity.id, null, null);
  return record;
}

/** The activity's view in the run; every activity of the snapshot has one. */
export function activityViewOf(record: RunRecord, activityId: string): ActivityRunView {
  const view = record.activities[activityId];
  if (!view) throw new Error(`Activity '${activityId}' has no run state.`);
  return view;
}

/** The head task's execution begins; a resumed one is the same execution, not counted again. */
export function beginExecution(record: RunRecord, task: RunTask, at: string): ActivityRunView {
  const view = activityViewOf(record, task.activityId);
  const resumed = task.started === true && view.startedAt !== null;
  Object.assign(view, {
    state: 'running',
    executions: resumed ? view.executions : view.executions + 1,
    input: task.input?.count ?? null,
    outputs: {},
    startedAt: resumed ? view.startedAt : at,
    endedAt: null,
    durationMs: null,
    progress: null,
    waitingUntil: null,
    error: null,
    errorText: null,
  } satisfies ActivityRunView);
  task.started = true;
  return view;
}

/** The first task due, moved to the head of the queue; 'later' if none is due yet. */
export function takeDueTask(record: RunRecord, now: number): RunTask | 'later' | null {
  const { queue } = record;
  if (queue.length === 0) return null;
  const index = queue.findIndex((t) => t.dueAt === null || t.dueAt <= now);
  if (index < 0) return 'later';
  const [task] = queue.splice(index, 1) as [RunTask];
  queue.unshift(task);
  return task;
}

/** When the first of the queued tasks is due (epoch ms). */
export function earliestDueAt(record: RunRecord): number {
  return Math.min(...record.queue.map((t) => t.dueAt ?? 0));
}

/** The head task is over: it leaves the queue. */
export function dropHeadTask(record: RunRecord): void {
  record.queue.shift();
}

/** Queues a task for the activity, pending from now; `again` delays it (a Scheduler's next time). */
export function queueTask(
  record: RunRecord,
  activityId: string,
  input: Population | null,
  again: ActivityOutcome['again'] | null,
): RunTask {
  record.taskCounter += 1;
  const task: RunTask = {
    id: `task${record.taskCounter}`,
    activityId,
    input,
    dueAt: again?.dueAt ?? null,
    checkpoint: again?.checkpoint,
  };
  record.queue.push(task);
  const view = activityViewOf(record, activityId);
  if (view.state !== 'running') view.state = 'pending';
  if (again) view.waitingUntil = new Date(again.dueAt).toISOString();
  return task;
}

/** The head task's execution succeeded: it leaves the queue, its outputs fire, `again` re-queues it. */
export function completeExecution(
  record: RunRecord,
  task: RunTask,
  outcome: ActivityOutcome,
): void {
  const view = activityViewOf(record, task.activityId);
  view.state = 'done';
  view.outputs = structuredClone(outcome.outputs);
  dropHeadTask(record);
  for (const [output, population] of Object.entries(outcome.outputs) as [
    ActivityOutput,
    Population | null,
  ][])
    fireOutput(record, task.activityId, output, population);
  if (outcome.again) queueTask(record, task.activityId, task.input, outcome.again);
}

/** An activity's output fired: a task for each transition from it, with the population. */
export function fireOutput(
  record: RunRecord,
  from: string,
  output: ActivityOutput,
  population: Population | null,
): void {
  for (const t of record.snapshot.transitions)
    if (t.from === from && t.output === output) queueTask(record, t.to, population, null);
}

/** Why the run stopped: in English for logs, and as a message for the operator's language. */
function setMessage(record: RunRecord, message: ConsoleMessage | null): void {
  record.message = message && englishText(message);
  record.messageText = message;
}

export function resumeRecord(record: RunRecord): void {
  record.status = 'running';
  setMessage(record, null);
}

export function pauseRecord(record: RunRecord): void {
  record.status = 'paused';
  setMessage(record, null);
}

/** An activity failed with "Suspend the process": resumable, its task still at the head. */
export function suspendRecord(record: RunRecord, message: ConsoleMessage): void {
  record.status = 'suspended';
  setMessage(record, message);
}

/** A run the console stopped during: resumable, its running activity back to pending. */
export function interruptRecord(record: RunRecord): void {
  record.status = 'interrupted';
  setMessage(record, msg('messages:runs.interrupted'));
  for (const view of Object.values(record.activities))
    if (view.state === 'running') view.state = 'pending';
}

/** Ends a run's record: no task left to run, no activity shown as running or pending. */
export function endRecord(
  record: RunRecord,
  status: FinalStatus,
  message: ConsoleMessage | null,
  at: string,
): void {
  record.status = status;
  setMessage(record, message);
  record.endedAt = at;
  record.queue = [];
  for (const view of Object.values(record.activities))
    if (view.state === 'running' || view.state === 'pending') {
      view.state = 'idle';
      view.progress = null;
    }
}
