import { englishText, type ConsoleMessage } from '../../../../shared/i18n/message';
import { mkdir } from 'node:fs/promises';
import type { CrmTableDescription } from '../../../../shared/domain/crm';
import type { Option } from '../../../../shared/domain/options';
import type { ActivityType } from '../../../../shared/domain/workflows/activity-catalogue';
import {
  activitySchema,
  type ActivityInput,
  type ActivityOf,
} from '../../../../shared/domain/workflows/activity-settings';
import type { Connector } from '../../../connectors/connector';
import type { Clock } from '../../../core/clock';
import type { RecordStore } from '../../../storage/records/record-store';
import type { SandboxPool } from '../../sandbox/sandbox-pool';
import type {
  ActivityContext,
  ActivityEnvironment,
  ActivityExecutor,
  ActivityOutcome,
  Population,
} from '../activity';

export interface StandaloneEnvironmentOptions {
  records: RecordStore;
  dataDir: string;
  /** Opens the account's connector; it is closed after each piece of work. */
  connect(account: string): Promise<Connector>;
  approvedTables(account: string): CrmTableDescription[];
  instanceName: string;
  clock: Clock;
  sandbox: SandboxPool;
}

/**
 * An activity environment without the console around it: options live in the map returned
 * beside it. The activity tests, the crash-test child and the bench run activities on it.
 */
export function standaloneEnvironment(options: StandaloneEnvironmentOptions): {
  env: ActivityEnvironment;
  options: Map<string, Option>;
} {
  const optionMap = new Map<string, Option>();
  const env: ActivityEnvironment = {
    records: options.records,
    connectors: {
      use: async (account, work) => {
        const connector = await options.connect(account);
        try {
          return await work(connector);
        } finally {
          await connector.close();
        }
      },
    },
    options: {
      get: (name) => optionMap.get(name),
      put: async (option) => {
        optionMap.set(option.name, option);
      },
    },
    approvedTables: (account) => options.approvedTables(account),
    instanceName: () => options.instanceName,
    sandbox: options.sandbox,
    dataDir: options.dataDir,
    now: () => options.clock.now(),
  };
  return { env, options: optionMap };
}

export interface StandaloneRun {
  /** The execution's folder; the same folder gives the same checkpoint, as a resume would. */
  workDir: string;
  vars?: Record<string, unknown>;
  signal?: AbortSignal;
  /** Checkpoints by work folder, kept across executions by the caller that wants them. */
  checkpoints?: Map<string, unknown>;
}

export interface ExecutionResult {
  outcome: ActivityOutcome;
  logs: { level: 'info' | 'warning' | 'error'; text: string }[];
  /** The log lines as the window gets them, to be worded in another language. */
  logMessages: ConsoleMessage[];
  vars: Record<string, unknown>;
  progress: { done: number; total: number | null }[];
}

/** Runs one execution of an activity module's `execute`, as the engine would, without it. */
export async function executeStandalone<T extends ActivityType>(
  env: ActivityEnvironment,
  executor: ActivityExecutor<T>,
  input: ActivityInput & { type: T },
  population: Population | null,
  run: StandaloneRun,
): Promise<ExecutionResult> {
  const activity = activitySchema.parse(input) as ActivityOf<T>;
  const { workDir } = run;
  await mkdir(workDir, { recursive: true });
  const checkpoints = run.checkpoints ?? new Map<string, unknown>();
  const logs: ExecutionResult['logs'] = [];
  const logMessages: ConsoleMessage[] = [];
  const progress: ExecutionResult['progress'] = [];
  const vars = run.vars ?? {};
  const context: ActivityContext<T> = {
    env,
    runId: 'standaloneRun',
    workflow: 'wkfStandalone',
    activity,
    input: population,
    vars,
    signal: run.signal ?? new AbortController().signal,
    log: (level, message) => {
      logs.push({ level, text: englishText(message) });
      logMessages.push(message);
    },
    progress: (done, total) => progress.push({ done, total }),
    waitingUntil: () => undefined,
    createWorkTable: (label, columns, key) =>
      env.records.createWorkTable(`wkf_${activity.id}`, { label, columns, key }),
    workDir,
    checkpoint: {
      read: () => checkpoints.get(workDir),
      write: async (value) => {
        checkpoints.set(workDir, structuredClone(value));
      },
    },
  };
  const outcome = await executor(context);
  return { outcome, logs, logMessages, vars, progress };
}
