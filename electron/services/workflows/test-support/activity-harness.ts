import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CrmTableDescription } from '../../../../shared/domain/crm';
import type { Option } from '../../../../shared/domain/options';
import type { ColumnDefinition, RecordRow } from '../../../../shared/domain/records';
import {
  activitySchema,
  type ActivityInput,
  type ActivityOf,
  type ActivityType,
} from '../../../../shared/domain/workflows';
import type { Connector } from '../../../connectors/connector';
import { openTestRecordStore, type TestEngine } from '../../../test-support/record-stores';
import type {
  ActivityContext,
  ActivityEnvironment,
  ActivityExecutor,
  ActivityOutcome,
  Population,
} from '../activity';

export interface HarnessOptions {
  engine?: TestEngine;
  instance?: string;
  /** The approved schema's tables, per account. */
  approved?: Record<string, CrmTableDescription[]>;
  /** The record-store table of each approved CRM table, per account: `{ Demo: { Contact: 'sfdcDemo_Contact' } }`. */
  recordTables?: Record<string, Record<string, string>>;
  /** Opens an account's connector (e.g. on the Salesforce emulator fixture). */
  connector?: (account: string) => Promise<Connector>;
  now?: () => number;
}

export interface ExecutionResult {
  outcome: ActivityOutcome;
  logs: { level: 'info' | 'warning' | 'error'; text: string }[];
  vars: Record<string, unknown>;
  progress: { done: number; total: number | null }[];
}

export interface ActivityHarness {
  env: ActivityEnvironment;
  options: Map<string, Option>;
  /** A work table holding `rows`, as an upstream activity would have produced it. */
  populate(columns: ColumnDefinition[], key: string[], rows: RecordRow[]): Promise<Population>;
  rows(table: string, sortBy?: string): Promise<RecordRow[]>;
  /**
   * Runs one execution of an activity. The same `executionId` gives the same work folder and
   * checkpoint, as a resumed execution would have.
   */
  execute<T extends ActivityType>(
    executor: ActivityExecutor<T>,
    activity: ActivityInput & { type: T },
    input: Population | null,
    options?: { vars?: Record<string, unknown>; signal?: AbortSignal; executionId?: string },
  ): Promise<ExecutionResult>;
  dispose(): Promise<void>;
}

/**
 * Runs activity executors without the engine, on a real record store: what each activity's
 * tests use. Options live in a map (the engine's tests cover the config store).
 */
export async function openActivityHarness(options: HarnessOptions = {}): Promise<ActivityHarness> {
  const store = await openTestRecordStore(options.engine ?? 'sqlite');
  const workRoot = await mkdtemp(join(tmpdir(), 'crm-console-activity-'));
  const optionMap = new Map<string, Option>();
  const checkpoints = new Map<string, unknown>();
  const env: ActivityEnvironment = {
    records: store.store,
    connectors: {
      use: async (account, work) => {
        if (!options.connector) throw new Error('This harness has no connector.');
        const connector = await options.connector(account);
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
    approvedTables: (account) => options.approved?.[account] ?? [],
    recordTableOf: (account, crmTable) => options.recordTables?.[account]?.[crmTable] ?? null,
    instanceName: () => options.instance ?? 'test_instance',
    dataDir: store.dataDir,
    now: options.now ?? Date.now,
  };
  let executions = 0;
  return {
    env,
    options: optionMap,
    populate: async (columns, key, rows) => {
      const table = await store.store.createWorkTable('wkfTest', {
        label: 'Test population',
        columns,
        key,
      });
      await store.store.upsert(table, rows);
      return { table, count: rows.length };
    },
    rows: async (table, sortBy) => {
      const rows: RecordRow[] = [];
      const sort = sortBy ? [{ column: sortBy, descending: false }] : undefined;
      for await (const batch of store.store.stream(table, { sort }, 1000)) rows.push(...batch);
      return rows;
    },
    execute: async (executor, input, population, run = {}) => {
      const activity = activitySchema.parse(input) as ActivityOf<typeof input.type>;
      const executionId = run.executionId ?? `execution${++executions}`;
      const workDir = join(workRoot, executionId);
      await mkdir(workDir, { recursive: true });
      const logs: ExecutionResult['logs'] = [];
      const progress: ExecutionResult['progress'] = [];
      const vars = run.vars ?? {};
      const context: ActivityContext<typeof input.type> = {
        env,
        runId: 'run1',
        workflow: 'wkfTest',
        activity,
        input: population,
        vars,
        signal: run.signal ?? new AbortController().signal,
        log: (level, text) => logs.push({ level, text }),
        progress: (done, total) => progress.push({ done, total }),
        waitingUntil: () => undefined,
        createWorkTable: (label, columns, key) =>
          store.store.createWorkTable(`wkf_${activity.id}`, { label, columns, key }),
        workDir,
        checkpoint: {
          read: () => checkpoints.get(executionId),
          write: async (value) => {
            checkpoints.set(executionId, structuredClone(value));
          },
        },
      };
      const outcome = await executor(context);
      return { outcome, logs, vars, progress };
    },
    dispose: async () => {
      await store.dispose();
      await rm(workRoot, { recursive: true, force: true });
    },
  };
}
