import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CrmTableDescription } from '../../shared/domain/crm';
import type { Option } from '../../shared/domain/options';
import {
  activitySchema,
  type ActivityInput,
  type ActivityOf,
  type ActivityType,
} from '../../shared/domain/workflows';
import type { Connector } from '../../electron/connectors/connector';
import type { RecordStore } from '../../electron/storage/records/record-store';
import type {
  ActivityContext,
  ActivityEnvironment,
  ActivityExecutor,
  ActivityOutcome,
  Population,
} from '../../electron/services/workflows/activity';

export interface RunnerOptions {
  records: RecordStore;
  dataDir: string;
  account: string;
  approved: CrmTableDescription[];
  connect(): Promise<Connector>;
}

export interface Execution {
  outcome: ActivityOutcome;
  logs: { level: 'info' | 'warning' | 'error'; text: string }[];
  progressReports: number;
  workDir: string;
}

/**
 * Runs one activity module's `execute` without the engine, as the activity harness of the
 * tests does, but on the record store the bench opened (the built worker in dist/), with no
 * test-only module. Options live in a map: the bench measures the activities, not the config store.
 */
export class ActivityRunner {
  readonly env: ActivityEnvironment;
  private executions = 0;

  constructor(private readonly options: RunnerOptions) {
    const optionMap = new Map<string, Option>();
    this.env = {
      records: options.records,
      connectors: {
        use: async (account, work) => {
          if (account !== options.account) throw new Error(`No account '${account}' here.`);
          const connector = await options.connect();
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
      approvedTables: (account) => (account === options.account ? options.approved : []),
      recordTableOf: () => null,
      instanceName: () => 'bench',
      dataDir: options.dataDir,
      now: Date.now,
    };
  }

  async execute<T extends ActivityType>(
    executor: ActivityExecutor<T>,
    input: ActivityInput & { type: T },
    population: Population | null,
    signal: AbortSignal,
  ): Promise<Execution> {
    const activity = activitySchema.parse(input) as ActivityOf<T>;
    const workDir = join(this.options.dataDir, 'executions', `execution${++this.executions}`);
    await mkdir(workDir, { recursive: true });
    const logs: Execution['logs'] = [];
    let progressReports = 0;
    let checkpoint: unknown;
    const context: ActivityContext<T> = {
      env: this.env,
      runId: 'benchRun',
      workflow: 'wkfBench',
      activity,
      input: population,
      vars: {},
      signal,
      log: (level, text) => logs.push({ level, text }),
      progress: () => {
        progressReports += 1;
      },
      waitingUntil: () => undefined,
      createWorkTable: (label, columns, key) =>
        this.options.records.createWorkTable(`wkf_${activity.id}`, { label, columns, key }),
      workDir,
      checkpoint: {
        read: () => checkpoint,
        write: async (value) => {
          checkpoint = structuredClone(value);
        },
      },
    };
    const outcome = await executor(context);
    return { outcome, logs, progressReports, workDir };
  }
}
