import { englishText, msg, type ConsoleMessage } from '../../../shared/i18n/message';
import { ConsoleError } from '../../core/console-error';
import { asDiskError, isDiskError } from '../../core/disk-error';
import { mkdir } from 'node:fs/promises';
import type { ActivityType } from '../../../shared/domain/workflows/activity-catalogue';
import type { Activity } from '../../../shared/domain/workflows/activity-settings';
import type { ActivityRunView } from '../../../shared/domain/workflows/run-views';
import { outputsOf } from '../../../shared/domain/workflows/workflow-graph';
import type { EventBus } from '../../core/event-bus';
import type { RunRecord, RunTask } from '../../storage/runs/run-record';
import type { RunStore } from '../../storage/runs/run-store';
import type {
  ActivityContext,
  ActivityEnvironment,
  ActivityModule,
  ActivityModules,
  ActivityOutcome,
} from './activity';
import { runScript } from './activities/script-sandbox';
import { rateGate } from './rate-gate';
import type { RunLog } from './run-log';
import {
  beginExecution,
  completeExecution,
  dropHeadTask,
  earliestDueAt,
  endRecord,
  fireOutput,
  interruptRecord,
  pauseRecord,
  suspendRecord,
  takeDueTask,
  type FinalStatus,
} from './run-record-state';
import { RunStop, type StopKind } from './run-stop';
import { runViewOf } from './run-views';
import { sleepUntil, type Timers } from './timers';
import { isInstance } from '../../core/is-instance';
import { thrownReason } from '../../core/thrown-message';
import { isStoreUnavailable } from '../../storage/records/record-store';

/** The words of a failure; for a database that takes no writes, what the user can do. */
function waitedOut(error: unknown): ConsoleMessage {
  if (isStoreUnavailable(error))
    return msg('messages:runs.storeUnavailable', { reason: thrownReason(error) });
  return isInstance(error, ConsoleError)
    ? error.text
    : msg('messages:runs.failure', { reason: thrownReason(error) });
}

/** The rows each output received, as one message ("ok 3 row(s), reject 1 row(s)"). */
function countsMessage(counts: readonly ConsoleMessage[]): ConsoleMessage | undefined {
  return counts.reduceRight<ConsoleMessage | undefined>(
    (rest, first) => (rest ? msg('messages:runs.countsList', { first, rest }) : first),
    undefined,
  );
}

export interface RunDriverDeps {
  runs: RunStore;
  modules: ActivityModules;
  env: ActivityEnvironment;
  events: EventBus;
  timers: Timers;
  report: (message: string, error: unknown) => void;
}

/** What to do after a task: go on with the queue, or stop the loop (suspended, failed). */
type Next = 'continue' | 'stop';

const persistEveryMs = 1000;
/** An initialization script prepares vars: seconds, not the minutes a JavaScript activity may take. */
const initScriptSeconds = 10;
const emitEveryMs = 250;

/** Why the run stopped when an activity failed, with the activity's own reason. */
function activityFailed(activity: Activity, reason: ConsoleMessage): ConsoleMessage {
  return msg('messages:runs.activityFailed', { activity: activity.label || activity.id, reason });
}

/**
 * Executes one run's queue, one task at a time, until it is empty, a task suspends or aborts
 * the run, or `stop` is called. Every change is written to `run.json` before it is relied on.
 */
export class RunDriver {
  private readonly controller = new AbortController();
  private readonly mayPersist: () => boolean;
  private readonly mayEmit: () => boolean;
  readonly done: Promise<void>;

  constructor(
    readonly record: RunRecord,
    private readonly log: RunLog,
    private readonly deps: RunDriverDeps,
  ) {
    this.mayPersist = rateGate(persistEveryMs, deps.timers.now);
    this.mayEmit = rateGate(emitEveryMs, deps.timers.now);
    // Started on the next turn, so the caller holds the run's view before its first event.
    this.done = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.loop())
      .catch((error: unknown) => this.crashed(error));
  }

  /** Aborts the current execution (or wait) with the reason; `done` settles once it is out. */
  stop(kind: StopKind): Promise<void> {
    if (!this.controller.signal.aborted) this.controller.abort(new RunStop(kind));
    return this.done;
  }

  private get iso(): string {
    return new Date(this.deps.timers.now()).toISOString();
  }

  private async loop(): Promise<void> {
    const { signal } = this.controller;
    while (!signal.aborted) {
      const task = takeDueTask(this.record, this.deps.timers.now());
      if (task === null) return this.succeed();
      if (task === 'later') {
        const dueAt = earliestDueAt(this.record);
        await sleepUntil(this.deps.timers, dueAt, signal).catch((error: unknown) => {
          if (!signal.aborted) throw error;
        });
        continue;
      }
      if ((await this.execute(task)) === 'stop') return;
    }
    await this.stopped((signal.reason as RunStop).kind);
  }

  private async execute(task: RunTask): Promise<Next> {
    const activity = this.record.snapshot.activities.find((a) => a.id === task.activityId);
    if (!activity)
      throw new ConsoleError(
        'INTERNAL',
        msg('messages:runs.unknownActivity', { activity: task.activityId }),
      );
    const startedAt = this.deps.timers.now();
    const view = beginExecution(this.record, task, this.iso);
    await this.changed();
    const context = await this.contextFor(task, activity, view, startedAt);
    let outcome: ActivityOutcome;
    try {
      const module = this.deps.modules[activity.type] as ActivityModule<ActivityType>;
      if (activity.initScript.trim())
        await runScript({
          what: 'Initialization script',
          script: activity.initScript,
          timeoutSeconds: initScriptSeconds,
          vars: this.record.vars,
          instanceName: this.deps.env.instanceName(),
          log: (level, text) => context.log(level, msg('messages:log.script', { text })),
          signal: context.signal,
          sandbox: this.deps.env.sandbox,
        });
      outcome = await module.execute(context);
      // Vars must survive run.json: anything JSON cannot hold is refused here, not at the write.
      this.record.vars = JSON.parse(JSON.stringify(this.record.vars)) as Record<string, unknown>;
    } catch (error) {
      if (this.controller.signal.aborted) {
        view.state = 'pending';
        view.progress = null;
        view.waitingUntil = null;
        return 'continue';
      }
      return this.failed(task, activity, view, startedAt, error);
    }
    return this.completed(task, activity, view, startedAt, outcome);
  }

  private async contextFor(
    task: RunTask,
    activity: Activity,
    view: ActivityRunView,
    startedAt: number,
  ): Promise<ActivityContext> {
    const { env, runs } = this.deps;
    const workDir = runs.taskDir(this.record.id, task.id);
    await mkdir(workDir, { recursive: true });
    return {
      env,
      runId: this.record.id,
      workflow: this.record.workflow,
      activity,
      input: task.input,
      vars: this.record.vars,
      signal: this.controller.signal,
      log: (level, text) => this.log.write(level, activity, text),
      progress: (done, total) => this.progress(view, startedAt, done, total),
      waitingUntil: (dueAt) => {
        view.waitingUntil = dueAt === null ? null : new Date(dueAt).toISOString();
        this.emit();
      },
      createWorkTable: async (label, columns, key) => {
        const table = await env.records.createWorkTable(`wkf_${activity.id}`, {
          label,
          columns,
          key,
        });
        this.record.workTables.push(table);
        await this.deps.runs.save(this.record);
        return table;
      },
      workDir,
      checkpoint: {
        read: () => structuredClone(task.checkpoint),
        write: async (value) => {
          task.checkpoint = structuredClone(value);
          await this.deps.runs.save(this.record);
        },
      },
    };
  }

  private progress(view: ActivityRunView, startedAt: number, done: number, total: number | null) {
    const seconds = (this.deps.timers.now() - startedAt) / 1000;
    view.progress = { done, total, ratePerSecond: seconds > 0 ? done / seconds : null };
    if (this.mayPersist())
      this.deps.runs
        .save(this.record)
        .catch((error: unknown) => this.deps.report('Cannot save the run.', error));
    if (this.mayEmit()) this.emit();
  }

  private finishView(view: ActivityRunView, startedAt: number): void {
    view.endedAt = this.iso;
    view.durationMs = this.deps.timers.now() - startedAt;
  }

  private async completed(
    task: RunTask,
    activity: Activity,
    view: ActivityRunView,
    startedAt: number,
    outcome: ActivityOutcome,
  ): Promise<Next> {
    this.finishView(view, startedAt);
    completeExecution(this.record, task, outcome);
    const counts = countsMessage(
      Object.entries(outcome.outputs)
        .filter(([, p]) => p !== null)
        .map(([output, p]) => msg('messages:runs.outputRows', { output, rows: p?.count ?? 0 })),
    );
    this.log.write(
      'info',
      activity,
      counts ? msg('messages:runs.doneWithCounts', { counts }) : msg('messages:runs.done'),
    );
    await this.changed();
    return 'continue';
  }

  private async failed(
    task: RunTask,
    activity: Activity,
    view: ActivityRunView,
    startedAt: number,
    error: unknown,
  ): Promise<Next> {
    const disk = asDiskError(error, this.deps.env.dataDir);
    const worded = waitedOut(disk);
    this.finishView(view, startedAt);
    view.error = englishText(worded);
    view.errorText = worded;
    if (isDiskError(disk) || isStoreUnavailable(disk)) {
      // The activity did not fail: the disk or the database refused. Whatever its error
      // setting, the run waits with its task at the head, to be resumed once they take writes.
      view.state = 'failed';
      this.log.write('error', activity, worded);
      suspendRecord(this.record, worded);
      await this.changed();
      return 'stop';
    }
    view.state = activity.onError === 'ignore' ? 'ignored' : 'failed';
    if (outputsOf(activity).includes('error')) {
      view.state = 'failed';
      view.outputs = { error: task.input };
      this.log.write('error', activity, worded);
      dropHeadTask(this.record);
      fireOutput(this.record, activity.id, 'error', task.input);
      await this.changed();
      return 'continue';
    }
    switch (activity.onError) {
      case 'ignore':
        this.log.write('warning', activity, msg('messages:runs.ignored', { reason: worded }));
        dropHeadTask(this.record);
        await this.changed();
        return 'continue';
      case 'suspend':
        this.log.write('error', activity, worded);
        suspendRecord(this.record, activityFailed(activity, worded));
        await this.changed();
        return 'stop';
      case 'abort':
        this.log.write('error', activity, worded);
        await this.end('failed', activityFailed(activity, worded));
        return 'stop';
    }
  }

  private async succeed(): Promise<void> {
    this.log.write('info', null, msg('messages:runs.finished'));
    await this.end('succeeded', null);
  }

  private async stopped(kind: StopKind): Promise<void> {
    switch (kind) {
      case 'pause':
        pauseRecord(this.record);
        this.log.write('info', null, msg('messages:runs.paused'));
        return this.changed();
      case 'shutdown':
        interruptRecord(this.record);
        return this.changed();
      case 'cancel':
        this.log.write('info', null, msg('messages:runs.cancelled'));
        return this.end('cancelled', null);
    }
  }

  /** A final state: the queue is dropped and the executions' folders removed. */
  private async end(status: FinalStatus, message: ConsoleMessage | null) {
    endRecord(this.record, status, message, this.iso);
    await this.deps.runs.removeTaskDirs(this.record.id);
    await this.changed();
  }

  /** Outside any activity (the disk is full, a task names no activity): the run fails. */
  private async crashed(error: unknown): Promise<void> {
    const disk = asDiskError(error, this.deps.env.dataDir);
    const worded = waitedOut(disk);
    this.log.write('error', null, worded);
    if (isDiskError(disk) || isStoreUnavailable(disk)) {
      // Suspended, not failed: shown at once, saved when the disk takes writes again.
      suspendRecord(this.record, worded);
      this.emit();
    } else {
      this.deps.report(`Run ${this.record.id} failed.`, error);
      endRecord(this.record, 'failed', worded, this.iso);
    }
    await this.changed().catch((e: unknown) => this.deps.report('Cannot save the run.', e));
  }

  private async changed(): Promise<void> {
    await this.deps.runs.save(this.record);
    this.emit();
  }

  private emit(): void {
    this.deps.events.emit({ type: 'workflow.run', run: runViewOf(this.record) });
  }
}
