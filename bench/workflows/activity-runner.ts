import { join } from 'node:path';
import { systemClock } from '../../electron/core/clock';
import type { CrmTableDescription } from '../../shared/domain/crm';
import type { ActivityType } from '../../shared/domain/workflows/activity-catalogue';
import type { ActivityInput } from '../../shared/domain/workflows/activity-settings';
import type { Connector } from '../../electron/connectors/connector';
import type { SandboxPool } from '../../electron/services/sandbox/sandbox-pool';
import type { RecordStore } from '../../electron/storage/records/record-store';
import type {
  ActivityEnvironment,
  ActivityExecutor,
  Population,
} from '../../electron/services/workflows/activity';
import {
  executeStandalone,
  standaloneEnvironment,
  type ExecutionResult,
} from '../../electron/services/workflows/test-support/standalone-execution';

export interface RunnerOptions {
  records: RecordStore;
  dataDir: string;
  account: string;
  approved: CrmTableDescription[];
  sandbox: SandboxPool;
  connect(): Promise<Connector>;
}

export interface Execution extends ExecutionResult {
  workDir: string;
}

/**
 * Runs one activity module's `execute` without the engine, on the record store the bench opened
 * (the built worker in dist/). Options live in a map: the bench measures the activities, not the
 * config store.
 */
export class ActivityRunner {
  private readonly env: ActivityEnvironment;
  private executions = 0;

  constructor(private readonly options: RunnerOptions) {
    this.env = standaloneEnvironment({
      records: options.records,
      dataDir: options.dataDir,
      connect: (account) =>
        account === options.account
          ? options.connect()
          : Promise.reject(new Error(`No account '${account}' here.`)),
      approvedTables: (account) => (account === options.account ? options.approved : []),
      instanceName: 'bench',
      clock: systemClock,
      sandbox: options.sandbox,
    }).env;
  }

  async execute<T extends ActivityType>(
    executor: ActivityExecutor<T>,
    input: ActivityInput & { type: T },
    population: Population | null,
    signal: AbortSignal,
  ): Promise<Execution> {
    const workDir = join(this.options.dataDir, 'executions', `execution${++this.executions}`);
    const result = await executeStandalone(this.env, executor, input, population, {
      workDir,
      signal,
    });
    return { ...result, workDir };
  }
}
