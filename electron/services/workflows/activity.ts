import type { ConsoleMessage } from '../../../shared/i18n/message';
import type { CrmTableDescription } from '../../../shared/domain/crm';
import type { Option } from '../../../shared/domain/options';
import type { ColumnDefinition } from '../../../shared/domain/records';
import type {
  ActivityOutput,
  ActivityType,
} from '../../../shared/domain/workflows/activity-catalogue';
import type { ActivityOf } from '../../../shared/domain/workflows/activity-settings';
import type { Connector } from '../../connectors/connector';
import type { RecordStore } from '../../storage/records/record-store';
import type { SandboxPool } from '../sandbox/sandbox-pool';

/** A population passed along a transition: a work table in the record store. */
export interface Population {
  table: string;
  count: number;
}

/** What every activity may use, the same for the whole console. */
export interface ActivityEnvironment {
  records: RecordStore;
  /** Opens an external account's connector for one piece of work, then closes it. */
  connectors: { use<T>(account: string, work: (connector: Connector) => Promise<T>): Promise<T> };
  options: {
    get(name: string): Option | undefined;
    /** Creates the option or replaces its value. */
    put(option: Option): Promise<void>;
  };
  /** The tables of the account's approved schema only; none while it is pending. */
  approvedTables(account: string): CrmTableDescription[];
  instanceName(): string;
  /** Where administrator-written code runs: filter values, JavaScript code, init scripts. */
  sandbox: SandboxPool;
  dataDir: string;
  now(): number;
}

/** One execution of an activity, on one population arriving along one transition. */
export interface ActivityContext<T extends ActivityType = ActivityType> {
  env: ActivityEnvironment;
  runId: string;
  workflow: string;
  activity: ActivityOf<T>;
  /** The population that came in; null after Start, Scheduler, Wait with none. */
  input: Population | null;
  /** The run's variables, shared by all activities; persisted after each execution. */
  vars: Record<string, unknown>;
  signal: AbortSignal;
  log(level: 'info' | 'warning' | 'error', message: ConsoleMessage): void;
  progress(done: number, total: number | null): void;
  /** Shows on the diagram when the execution's wait ends (epoch ms); null when it does not wait. */
  waitingUntil(dueAt: number | null): void;
  /** A new work table for an output population; dropped when the workflow restarts. */
  createWorkTable(label: string, columns: ColumnDefinition[], key: string[]): Promise<string>;
  /**
   * This execution's own folder for files that must outlive a crash (an export's journal).
   * The same folder when the execution is resumed; removed when the run ends or restarts.
   */
  workDir: string;
  /** State of this execution that survives a crash, e.g. when a Wait is due. */
  checkpoint: {
    read(): unknown;
    write(value: unknown): Promise<void>;
  };
}

/**
 * What an execution produced: each output named fires its transitions, with its population
 * (null: the transition fires with no population, as after Start).
 */
export interface ActivityOutcome {
  outputs: Partial<Record<ActivityOutput, Population | null>>;
  /**
   * Run this activity once more, with the same input, when `dueAt` (epoch ms) comes: a
   * Scheduler's next occurrence. The engine waits for it without holding up other tasks.
   */
  again?: { dueAt: number; checkpoint: unknown };
}

export type ActivityExecutor<T extends ActivityType> = (
  context: ActivityContext<T>,
) => Promise<ActivityOutcome>;

/** A problem a check finds, worded in the reader's language. */
export type ActivityProblem = ConsoleMessage;

/** An activity type: how it runs, and the run-time checks of its settings. */
export interface ActivityModule<T extends ActivityType> {
  execute: ActivityExecutor<T>;
  /**
   * Checks made before a run starts (e.g. "Select a remote object."): one message per
   * problem, none when the activity can run.
   */
  check?(
    activity: ActivityOf<T>,
    env: ActivityEnvironment,
    /** The incoming population's columns; null or absent when they are not known. */
    input?: PopulationColumns,
  ): ActivityProblem[] | Promise<ActivityProblem[]>;
  /**
   * The columns of the population `output` hands on, as far as the settings tell before a run
   * (null when only the run knows): what the editor checks the next activity's settings against.
   */
  outputColumns?(
    activity: ActivityOf<T>,
    output: ActivityOutput,
    input: PopulationColumns,
    env: ActivityEnvironment,
  ): PopulationColumns | Promise<PopulationColumns>;
}

/** The columns of an incoming population, when they can be known before the run; else null. */
export type PopulationColumns = readonly ColumnDefinition[] | null;

/** Every activity type's module, wired in the composition root. */
export type ActivityModules = { [T in ActivityType]: ActivityModule<T> };
