import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AccountsService } from '../services/accounts/accounts-service';
import { ConnectorFactory } from '../services/accounts/connector-factory';
import { DemoEmulators, type LatencyName } from './demo-emulators';
import { WizardService } from '../services/wizard/wizard-service';
import { NamedCollection } from '../services/collections/named-collection';
import { EnumerationSyncService } from '../services/enumeration-sync/enumeration-sync-service';
import { JobRunner } from '../services/jobs/job-runner';
import { recipientsTable } from '../../shared/domain/recipients';
import { RecordsService } from '../services/records/records-service';
import { SandboxPool } from '../services/sandbox/sandbox-pool';
import type { SandboxWorkerEntry } from '../services/sandbox/sandbox-thread';
import { SchemasService } from '../services/schemas/schemas-service';
import { LogonThrottle } from '../services/session/logon-throttle';
import { SessionService } from '../services/session/session-service';
import { CrmDesignService } from '../services/workflows/activities/crm-connector/crm-design-service';
import { createActivityEnvironment } from '../services/workflows/activity-environment';
import { createActivityModules } from '../services/workflows/activity-modules';
import { realSleep } from '../services/workflows/timers';
import { WorkflowEngine } from '../services/workflows/workflow-engine';
import { storedWorkflow, WorkflowsService } from '../services/workflows/workflows-service';
import { systemClock, type Clock } from '../core/clock';
import { ConfigStore } from '../storage/config/config-store';
import { lockDataFolder, type DataFolderLock } from '../storage/data-folder-lock';
import { openRecordStore } from '../storage/records/open-record-store';
import type { RecordStore } from '../storage/records/record-store';
import type { SqliteWorkerEntry } from '../storage/records/sqlite/sqlite-record-store';
import { AesGcmCipher } from '../storage/secrets/aes-gcm-cipher';
import type { SecretCipher } from '../storage/secrets/secret-cipher';
import { logToStderr, type Logger } from '../core/logger';
import { Dispatcher } from './dispatcher';
import { EventBus } from '../core/event-bus';

import { createHandlers } from './handlers';
import { dataFolder } from '../core/data-folder';

export interface ConsoleCoreOptions {
  dataDir: string;
  /** A PostgreSQL connection string for the record store; else SQLite in the data dir. */
  databaseUrl?: string | null;
  sqliteWorker: SqliteWorkerEntry;
  /** The worker that runs administrator-written code (filter values, scripts). */
  sandboxWorker: SandboxWorkerEntry;
  /** Records per object in the Demo accounts' CRM emulators (default 1,000). */
  demoRecords?: number;
  /** How far away the Demo accounts' CRMs seem (default `off`). */
  demoLatency?: LatencyName;
  /** The OS keychain cipher when the host has one (Electron safeStorage); else AES-GCM. */
  cipher?: SecretCipher;
  /** Where "now" comes from for every service, connector and Demo emulator (default: the system's). */
  clock?: Clock;
  log?: Logger;
}

export interface ConsoleCore {
  dataDir: string;
  dispatcher: Dispatcher;
  events: EventBus;
  session: SessionService;
  cipher: SecretCipher;
  records: RecordStore;
  accounts: AccountsService;
  schemas: SchemasService;
  workflows: WorkflowsService;
  workflowEngine: WorkflowEngine;
  /** The emulators behind the Demo accounts (tests arm their faults). */
  demo: DemoEmulators;
  /** Where the services report failures; the hosts report theirs there too. */
  log: Logger;
  /** Tells a second console started on the same data folder how to reach this one. */
  announce(reach: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The composition root: every service is built and wired here, for both hosts, once this
 * process holds the data folder (a second console on it is refused with DataFolderInUseError).
 */
export async function createConsoleCore(options: ConsoleCoreOptions): Promise<ConsoleCore> {
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  const clock = options.clock ?? systemClock;
  const lock = await lockDataFolder(options.dataDir, clock);
  try {
    return await wire(options, clock, lock);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function wire(
  options: ConsoleCoreOptions,
  clock: Clock,
  lock: DataFolderLock,
): Promise<ConsoleCore> {
  const { dataDir } = options;
  const log = options.log ?? logToStderr;
  const store = await ConfigStore.open(join(dataDir, dataFolder.config));
  const cipher =
    options.cipher ?? (await AesGcmCipher.fromKeyFile(join(dataDir, dataFolder.secretKey)));
  const records = await openRecordStore({
    dataDir,
    databaseUrl: options.databaseUrl,
    sqliteWorker: options.sqliteWorker,
  });
  await records.ensureTable(recipientsTable);
  const events = new EventBus();
  const schemas = new SchemasService(store, records, clock);
  const session = new SessionService(store, new LogonThrottle(clock), events, clock, () =>
    schemas.approvePending(),
  );
  const jobs = new JobRunner(events, clock);
  const accounts = new AccountsService(new NamedCollection(store, 'accounts'), cipher);
  const demo = new DemoEmulators({
    dataDir,
    records: options.demoRecords ?? 1000,
    clock,
    latency: options.demoLatency,
  });
  const connectors = new ConnectorFactory(accounts, demo, clock);
  const optionCollection = new NamedCollection(store, 'options');
  const sandbox = new SandboxPool(options.sandboxWorker);
  const activityEnvironment = createActivityEnvironment({
    store,
    records,
    connectors,
    options: optionCollection,
    schemas,
    sandbox,
    dataDir,
    clock,
  });
  const workflowEngine = await WorkflowEngine.open({
    workflow: (name) => storedWorkflow(store, name),
    modules: createActivityModules({ sleep: realSleep }),
    env: activityEnvironment,
    events,
    timers: { now: () => clock.now(), sleep: realSleep },
    report: log,
  });
  const workflows = new WorkflowsService(store, workflowEngine, clock);
  const handlers = createHandlers({
    session,
    options: optionCollection,
    enumerations: new NamedCollection(store, 'enumerations'),
    accounts,
    connectors,
    wizard: new WizardService(accounts, connectors, schemas, jobs),
    records: new RecordsService(records, jobs, dataDir, clock),
    schemas,
    enumerationSync: new EnumerationSyncService(store, schemas),
    jobs,
    workflows,
    workflowEngine,
    crmDesign: new CrmDesignService(activityEnvironment, connectors),
  });
  const dispatcher = new Dispatcher(handlers, session, log);
  return {
    dataDir,
    dispatcher,
    events,
    session,
    cipher,
    records,
    accounts,
    schemas,
    workflows,
    workflowEngine,
    demo,
    log,
    announce: (reach) => lock.describe(reach),
    close: async () => {
      await workflowEngine.close();
      await sandbox.close();
      await demo.close();
      await records.close();
      await lock.release();
    },
  };
}
