import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CrmTableDescription } from '../../../../shared/domain/crm';
import type { Option } from '../../../../shared/domain/options';
import type { ColumnDefinition, RecordRow } from '../../../../shared/domain/records';
import type { ActivityType } from '../../../../shared/domain/workflows/activity-catalogue';
import type { ActivityInput } from '../../../../shared/domain/workflows/activity-settings';
import type { Connector } from '../../../connectors/connector';
import { SettableClock, type Clock } from '../../../core/clock';
import { openTestRecordStore, type TestEngine } from '../../../test-support/record-stores';
import { openTestSandbox } from '../../../test-support/sandbox-worker';
import type { ActivityEnvironment, ActivityExecutor, Population } from '../activity';
import {
  executeStandalone,
  standaloneEnvironment,
  type ExecutionResult,
} from './standalone-execution';

export interface HarnessOptions {
  engine?: TestEngine;
  instance?: string;
  /** The approved schema's tables, per account. */
  approved?: Record<string, CrmTableDescription[]>;
  /** Opens an account's connector (e.g. on the Salesforce emulator fixture). */
  connector?: (account: string) => Promise<Connector>;
  /** Default: a clock standing at a fixed moment, so no test reads the day it runs on. */
  clock?: Clock;
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
  const sandbox = openTestSandbox();
  const { env, options: optionMap } = standaloneEnvironment({
    records: store.store,
    dataDir: store.dataDir,
    connect:
      options.connector ?? (() => Promise.reject(new Error('This harness has no connector.'))),
    approvedTables: (account) => options.approved?.[account] ?? [],
    instanceName: options.instance ?? 'test_instance',
    clock: options.clock ?? new SettableClock(Date.parse('2026-03-02T12:00:00.000Z')),
    sandbox,
  });
  const checkpoints = new Map<string, unknown>();
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
    execute: (executor, input, population, run = {}) =>
      executeStandalone(env, executor, input, population, {
        workDir: join(workRoot, run.executionId ?? `execution${++executions}`),
        vars: run.vars,
        signal: run.signal,
        checkpoints,
      }),
    dispose: async () => {
      await sandbox.close();
      await store.dispose();
      await rm(workRoot, { recursive: true, force: true });
    },
  };
}
