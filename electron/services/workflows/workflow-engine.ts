import { issueOf } from '../../../shared/errors';
import { msg } from '../../../shared/i18n/message';
import { sentences } from '../../../shared/i18n/sentences';
import type { Logger } from '../../core/logger';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  resumableStatuses,
  type RunLogLine,
  type RunView,
} from '../../../shared/domain/workflows/run-views';
import type { StoredWorkflow } from '../../../shared/domain/workflows/workflow-graph';
import { ConsoleError } from '../../core/console-error';
import type { EventBus } from '../../core/event-bus';
import { RecordStoreError } from '../../storage/records/record-store';
import type { RunRecord } from '../../storage/runs/run-record';
import { RunStore } from '../../storage/runs/run-store';
import type { Activity } from '../../../shared/domain/workflows/activity-settings';
import type { ActivityType } from '../../../shared/domain/workflows/activity-catalogue';
import type {
  ActivityEnvironment,
  ActivityModule,
  ActivityModules,
  ActivityProblem,
} from './activity';
import { RunDriver } from './run-driver';
import { RunLog } from './run-log';
import { endRecord, interruptRecord, newRunRecord, resumeRecord } from './run-record-state';
import { brokenRunView, runViewOf } from './run-views';
import type { Timers } from './timers';
import { checkWorkflow } from './workflow-checks';
import { incomingColumns, type WorkflowGraph } from './population-columns';
import { dataFolder } from '../../core/data-folder';
import { sameName } from '../../../shared/domain/names';

export interface WorkflowEngineDeps {
  /** The stored workflow of that name; throws NOT_FOUND. */
  workflow(name: string): StoredWorkflow;
  modules: ActivityModules;
  env: ActivityEnvironment;
  events: EventBus;
  timers: Timers;
  /** Runs kept per workflow; older ones are pruned with their work tables. */
  keepRuns?: number;
  report?: Logger;
}

/**
 * Runs workflows: one active run per workflow, its tasks one at a time (see RunDriver), its
 * state in `<dataDir>/workflow-runs/<runId>/`. Control calls are serialized, so two starts of
 * one workflow cannot both pass the "already running" check.
 */
export class WorkflowEngine {
  private readonly records = new Map<string, RunRecord>();
  private readonly broken = new Map<string, RunView>();
  private readonly drivers = new Map<string, RunDriver>();
  private control: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    private readonly deps: WorkflowEngineDeps,
    private readonly runs: RunStore,
  ) {}

  /** Loads every run; a run the console stopped during is marked interrupted, not resumed. */
  static async open(deps: WorkflowEngineDeps): Promise<WorkflowEngine> {
    const engine = new WorkflowEngine(
      deps,
      new RunStore(join(deps.env.dataDir, dataFolder.workflowRuns)),
    );
    for (const stored of await engine.runs.loadAll()) {
      if (stored.kind === 'broken') {
        engine.broken.set(stored.id, brokenRunView(stored));
        continue;
      }
      const { record } = stored;
      if (record.status === 'running') {
        interruptRecord(record);
        await engine.runs.save(record);
      }
      engine.records.set(record.id, record);
    }
    return engine;
  }

  /**
   * What Start would refuse in one activity, as the editor shows it while the draft changes;
   * with the draft's graph, also against the columns of the population that reaches it.
   */
  async checkActivity(activity: Activity, graph?: WorkflowGraph): Promise<ActivityProblem[]> {
    const { modules, env } = this.deps;
    const module = modules[activity.type] as ActivityModule<ActivityType>;
    const input = graph ? await incomingColumns(graph, modules, env)(activity.id) : null;
    return (await module.check?.(activity, env, input)) ?? [];
  }

  start(name: string): Promise<RunView> {
    return this.serialized(async () => {
      const workflow = this.deps.workflow(name);
      this.assertNotRunning(workflow.name);
      const problems = await checkWorkflow(workflow, this.deps.modules, this.deps.env);
      if (problems.length > 0)
        throw new ConsoleError(
          'VALIDATION_FAILED',
          msg('messages:workflows.cannotStart', {
            name: workflow.name,
            problems: sentences(problems.map((p) => p.message)),
          }),
          { issues: problems.map((p) => issueOf(p.path, p.message)) },
        );
      await this.restart(workflow.name);
      const record = newRunRecord(workflow, randomUUID(), this.iso());
      await this.runs.save(record);
      this.records.set(record.id, record);
      await this.prune(workflow.name);
      const log = await this.openLog(record.id);
      log.write('info', null, msg('messages:runs.started', { version: workflow.version }));
      return this.drive(record, log);
    });
  }

  pause(runId: string): Promise<RunView> {
    return this.serialized(async () => {
      const record = this.record(runId);
      const driver = this.drivers.get(runId);
      if (!driver) throw this.notRunning(record, 'pause');
      await driver.stop('pause');
      return runViewOf(record);
    });
  }

  resume(runId: string): Promise<RunView> {
    return this.serialized(async () => {
      const record = this.record(runId);
      if (!resumableStatuses.includes(record.status))
        throw new ConsoleError(
          'CONFLICT',
          msg('messages:workflows.resumeOnlyStopped', { status: record.status }),
        );
      this.assertNotRunning(record.workflow);
      resumeRecord(record);
      await this.runs.save(record);
      const log = await this.openLog(record.id);
      log.write('info', null, msg('messages:runs.resumed'));
      return this.drive(record, log);
    });
  }

  cancel(runId: string): Promise<RunView> {
    return this.serialized(async () => {
      const record = this.record(runId);
      const driver = this.drivers.get(runId);
      if (driver) await driver.stop('cancel');
      else if (resumableStatuses.includes(record.status)) {
        endRecord(record, 'cancelled', null, this.iso());
        await this.runs.removeTaskDirs(record.id);
        await this.runs.save(record);
        (await this.openLog(record.id)).write('info', null, msg('messages:runs.cancelled'));
        this.deps.events.emit({ type: 'workflow.run', run: runViewOf(record) });
      } else throw this.notRunning(record, 'cancel');
      return runViewOf(record);
    });
  }

  /** The workflow's runs, newest first. */
  runsOf(workflow: string): RunView[] {
    return [
      ...[...this.records.values()].filter((r) => sameName(r.workflow, workflow)).map(runViewOf),
      ...[...this.broken.values()].filter((r) => sameName(r.workflow, workflow)),
    ].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  }

  lastRun(workflow: string): RunView | null {
    return this.runsOf(workflow)[0] ?? null;
  }

  run(runId: string): RunView {
    const broken = this.broken.get(runId);
    return broken ? structuredClone(broken) : runViewOf(this.record(runId));
  }

  log(runId: string, afterSeq: number, limit: number): Promise<RunLogLine[]> {
    this.run(runId);
    return this.runs.readLog(runId, afterSeq, limit);
  }

  isRunning(workflow: string): boolean {
    return [...this.drivers.values()].some((d) => sameName(d.record.workflow, workflow));
  }

  /** Resolves once the run's driver is out (it ended, suspended or was paused). */
  async settled(runId: string): Promise<RunView> {
    await this.drivers.get(runId)?.done;
    return this.run(runId);
  }

  /** Deleting a workflow: its runs go, with their work tables and files. */
  deleteRuns(workflow: string): Promise<void> {
    return this.serialized(async () => {
      this.assertNotRunning(workflow);
      for (const record of [...this.records.values()].filter((r) => sameName(r.workflow, workflow)))
        await this.removeRun(record);
      for (const view of [...this.broken.values()].filter((r) => sameName(r.workflow, workflow))) {
        await this.runs.remove(view.id);
        this.broken.delete(view.id);
      }
    });
  }

  /** Renaming a workflow keeps its run history. */
  renameRuns(from: string, to: string): Promise<void> {
    return this.serialized(async () => {
      for (const record of this.records.values())
        if (sameName(record.workflow, from)) {
          record.workflow = to;
          await this.runs.save(record);
        }
      for (const view of this.broken.values())
        if (sameName(view.workflow, from)) view.workflow = to;
    });
  }

  /** Stops every run; each is left interrupted, to be resumed by the operator. */
  async close(): Promise<void> {
    this.closed = true;
    const stopAll = () => Promise.all([...this.drivers.values()].map((d) => d.stop('shutdown')));
    await stopAll();
    // A control call under way may have started a driver meanwhile.
    await this.control;
    await stopAll();
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const run = this.control.then(() => {
      if (this.closed) throw new ConsoleError('INTERNAL', msg('messages:workflows.stopping'));
      return work();
    });
    this.control = run.catch(() => undefined);
    return run;
  }

  private drive(record: RunRecord, log: RunLog): RunView {
    const driver = new RunDriver(record, log, {
      runs: this.runs,
      modules: this.deps.modules,
      env: this.deps.env,
      events: this.deps.events,
      timers: this.deps.timers,
      report: this.report,
    });
    this.drivers.set(record.id, driver);
    void driver.done.finally(() => this.drivers.delete(record.id));
    return runViewOf(record);
  }

  /** The "restart": earlier runs lose their work tables and files; a resumable one ends. */
  private async restart(workflow: string): Promise<void> {
    for (const record of this.records.values()) {
      if (!sameName(record.workflow, workflow)) continue;
      await this.runs.removeTaskDirs(record.id);
      const resumable = resumableStatuses.includes(record.status);
      // Earlier restarts already emptied most: their run.json is not written again.
      if (!resumable && record.workTables.length === 0) continue;
      if (resumable) endRecord(record, 'cancelled', msg('messages:runs.replaced'), this.iso());
      await this.dropWorkTables(record);
      await this.runs.save(record);
    }
  }

  private async prune(workflow: string): Promise<void> {
    const keep = this.deps.keepRuns ?? 20;
    const old = [...this.records.values()]
      .filter((r) => sameName(r.workflow, workflow))
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt))
      .slice(keep);
    for (const record of old) await this.removeRun(record);
  }

  private async removeRun(record: RunRecord): Promise<void> {
    await this.dropWorkTables(record);
    await this.runs.remove(record.id);
    this.records.delete(record.id);
  }

  private async dropWorkTables(record: RunRecord): Promise<void> {
    for (const table of record.workTables)
      await this.deps.env.records.dropTable(table).catch((error: unknown) => {
        // Already gone (a crash between the drop and the save): nothing left to do.
        if (!(error instanceof RecordStoreError && error.code === 'UNKNOWN_TABLE')) throw error;
      });
    record.workTables = [];
  }

  private openLog(runId: string): Promise<RunLog> {
    return RunLog.open(runId, {
      runs: this.runs,
      events: this.deps.events,
      now: this.deps.timers.now,
      report: this.report,
    });
  }

  private record(runId: string): RunRecord {
    const record = this.records.get(runId);
    if (!record) {
      if (this.broken.has(runId))
        throw new ConsoleError(
          'CONFLICT',
          msg('messages:workflows.runUnreadable', {
            run: runId,
            reason: this.broken.get(runId)?.message ?? '',
          }),
        );
      throw new ConsoleError('NOT_FOUND', msg('messages:workflows.runNotFound', { run: runId }));
    }
    return record;
  }

  private assertNotRunning(workflow: string): void {
    if (this.isRunning(workflow))
      throw new ConsoleError('CONFLICT', msg('messages:workflows.running', { name: workflow }));
  }

  private notRunning(record: RunRecord, action: 'pause' | 'cancel'): ConsoleError {
    const params = { status: record.status };
    return new ConsoleError(
      'CONFLICT',
      action === 'pause'
        ? msg('messages:workflows.pauseOnlyRunning', params)
        : msg('messages:workflows.cancelOnlyRunning', params),
    );
  }

  private iso(): string {
    return new Date(this.deps.timers.now()).toISOString();
  }

  private readonly report = (message: string, error: unknown): void =>
    (this.deps.report ?? ((m, e) => console.error(m, e)))(message, error);
}
