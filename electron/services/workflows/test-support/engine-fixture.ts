import { join } from 'node:path';
import { msg } from '../../../../shared/i18n/message';
import type { ConsoleEvent } from '../../../../shared/events';
import type { ActivityType } from '../../../../shared/domain/workflows/activity-catalogue';
import type { ActivityInput } from '../../../../shared/domain/workflows/activity-settings';
import {
  workflowSchema,
  type Transition,
} from '../../../../shared/domain/workflows/workflow-graph';
import { EventBus } from '../../../core/event-bus';

import { describeThrown } from '../../../core/describe-thrown';
import { ConfigStore } from '../../../storage/config/config-store';
import {
  openTestRecordStore,
  type TestEngine,
  type TestRecordStore,
} from '../../../test-support/record-stores';
import { openTestSandbox } from '../../../test-support/sandbox-worker';
import { NamedCollection } from '../../collections/named-collection';
import type {
  ActivityContext,
  ActivityModule,
  ActivityModules,
  ActivityOutcome,
} from '../activity';
import { createActivityEnvironment } from '../activity-environment';
import { endActivity } from '../activities/end';
import { schedulerActivity } from '../activities/scheduler';
import { startActivity } from '../activities/start';
import { createWaitActivity } from '../activities/wait';
import { WorkflowEngine } from '../workflow-engine';
import { storedWorkflow, WorkflowsService } from '../workflows-service';
import { manualTimers, type ManualTimers } from './manual-timers';

/** What a test-local activity does, per activity id: the test writes it. */
export type Behaviour = (context: ActivityContext) => Promise<ActivityOutcome>;

/**
 * The real Start, Scheduler, Wait and End; every other type runs the test's behaviour for the
 * activity's id (test-local activities, so the engine is tested apart from the real ones).
 */
function modulesFor(behaviours: Map<string, Behaviour>, timers: ManualTimers): ActivityModules {
  const scripted = <T extends ActivityType>(): ActivityModule<T> => ({
    execute: (context) => {
      const behaviour = behaviours.get(context.activity.id);
      if (!behaviour) throw new Error(`No behaviour for '${context.activity.id}'.`);
      return behaviour(context as unknown as ActivityContext);
    },
    check: (activity) =>
      activity.label === 'Unchecked' ? [msg('messages:activityCheck.selectTable')] : [],
  });
  return {
    start: startActivity,
    scheduler: schedulerActivity,
    wait: createWaitActivity(timers.sleep),
    end: endActivity,
    query: scripted(),
    crmConnector: scripted(),
    fileImport: scripted(),
    deduplication: scripted(),
    updateData: scripted(),
    javascript: scripted(),
  };
}

export interface EngineFixture {
  engine: WorkflowEngine;
  service: WorkflowsService;
  store: ConfigStore;
  records: TestRecordStore;
  timers: ManualTimers;
  events: ConsoleEvent[];
  behaviours: Map<string, Behaviour>;
  /** What the engine reported outside any run (should stay empty). */
  reports: string[];
  /** Closes the engine and opens a new one on the same data dir, as a console restart. */
  reopen(before?: () => Promise<void>): Promise<void>;
  dispose(): Promise<void>;
}

export async function openEngineFixture(
  options: { engine?: TestEngine; keepRuns?: number } = {},
): Promise<EngineFixture> {
  const records = await openTestRecordStore(options.engine ?? 'sqlite');
  const store = await ConfigStore.open(join(records.dataDir, 'config.json'));
  await store.update((doc) => {
    doc.instance = { internalName: 'acme', createdAt: '2026-11-01T10:00:00.000Z' };
  });
  const timers = manualTimers();
  const bus = new EventBus();
  const events: ConsoleEvent[] = [];
  bus.subscribe((event) => events.push(structuredClone(event)));
  const behaviours = new Map<string, Behaviour>();
  const sandbox = openTestSandbox();
  const env = createActivityEnvironment({
    store,
    records: records.store,
    connectors: {
      use: () => Promise.reject(new Error('No connector in the engine tests.')),
    },
    options: new NamedCollection(store, 'options'),
    schemas: { approvedSchemaOf: () => null },
    sandbox,
    dataDir: records.dataDir,
    clock: timers,
  });
  const open = () =>
    WorkflowEngine.open({
      workflow: (name) => storedWorkflow(store, name),
      modules: modulesFor(behaviours, timers),
      env,
      events: bus,
      timers,
      keepRuns: options.keepRuns,
      report: (message, error) => reports.push(`${message} ${describeThrown(error)}`),
    });
  const reports: string[] = [];
  let engine = await open();
  let service = new WorkflowsService(store, engine, timers);
  return {
    get engine() {
      return engine;
    },
    get service() {
      return service;
    },
    store,
    records,
    timers,
    events,
    behaviours,
    reports,
    reopen: async (before) => {
      await engine.close();
      await before?.();
      engine = await open();
      service = new WorkflowsService(store, engine, timers);
    },
    dispose: async () => {
      await engine.close();
      await sandbox.close();
      await records.dispose();
    },
  };
}

/** An activity at the origin, labelled after its id. */
export function activity(
  id: string,
  type: ActivityType,
  extra: Record<string, unknown> = {},
): ActivityInput {
  return { id, type, label: id, position: { x: 0, y: 0 }, ...extra } as ActivityInput;
}

/** Joins activities in a line with OK transitions, plus any extra transitions. */
export function workflowOf(
  name: string,
  activities: ActivityInput[],
  extra: Omit<Transition, 'id'>[] = [],
  chain: string[] = activities.map((a) => a.id),
) {
  const transitions = [
    ...chain.slice(1).map((to, i) => ({ from: chain[i] as string, output: 'ok' as const, to })),
    ...extra,
  ].map((t, i) => ({ ...t, id: `t${i + 1}` }));
  return workflowSchema.parse({ name, label: name, activities, transitions });
}
