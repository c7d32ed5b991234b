import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AccountsService } from '../services/accounts/accounts-service';
import { ConnectorFactory } from '../services/accounts/connector-factory';
import { DemoEmulators } from '../services/demo/demo-emulators';
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
import { ConfigStore } from '../storage/config/config-store';
import { openRecordStore } from '../storage/records/open-record-store';
import type { RecordStore } from '../storage/records/record-store';
import type { SqliteWorkerEntry } from '../storage/records/sqlite/sqlite-record-store';
import { AesGcmCipher } from '../storage/secrets/aes-gcm-cipher';
import type { SecretCipher } from '../storage/secrets/secret-cipher';
import { Dispatcher, type Logger } from './dispatcher';
import { EventBus } from './event-bus';
import { createHandlers } from './handlers';

export interface ConsoleCoreOptions {
  dataDir: string;
  /** A PostgreSQL connection string for the record store; else SQLite in the data dir. */
  databaseUrl?: string | null;
  sqliteWorker: SqliteWorkerEntry;
  /** The worker that runs administrator-written code (filter values, scripts). */
  sandboxWorker: SandboxWorkerEntry;
  /** Records per object in the Demo accounts' CRM emulators (default 1,000). */
  demoRecords?: number;
  /** The OS keychain cipher when the host has one (Electron safeStorage); else AES-GCM. */
  cipher?: SecretCipher;
  now?: () => number;
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
  close(): Promise<void>;
}

export const configFileName = 'config.json';

const logToStderr: Logger = (message, error) => {
  console.error(message, error instanceof Error ? error.stack : error);
};

/** The composition root: every service is built and wired here, for both hosts. */
export async function createConsoleCore(options: ConsoleCoreOptions): Promise<ConsoleCore> {
  const { dataDir } = options;
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const store = await ConfigStore.open(join(dataDir, configFileName));
  const cipher = options.cipher ?? (await AesGcmCipher.fromKeyFile(join(dataDir, 'secret.key')));
  const records = await openRecordStore({
    dataDir,
    databaseUrl: options.databaseUrl,
    sqliteWorker: options.sqliteWorker,
  });
  await records.ensureTable(recipientsTable);
  const events = new EventBus();
  const now = options.now ?? Date.now;
  const schemas = new SchemasService(store, records, now);
  const session = new SessionService(store, new LogonThrottle(now), events, () =>
    schemas.approvePending(),
  );
  const jobs = new JobRunner(events, now);
  const accounts = new AccountsService(
    new NamedCollection(store, 'accounts', 'External account'),
    cipher,
  );
  const demo = new DemoEmulators({ dataDir, records: options.demoRecords ?? 1000 });
  const connectors = new ConnectorFactory(accounts, demo);
  const optionCollection = new NamedCollection(store, 'options', 'Option');
  const sandbox = new SandboxPool(options.sandboxWorker);
  const activityEnvironment = createActivityEnvironment({
    store,
    records,
    connectors,
    options: optionCollection,
    schemas,
    sandbox,
    dataDir,
    now,
  });
  const workflowEngine = await WorkflowEngine.open({
    workflow: (name) => storedWorkflow(store, name),
    modules: createActivityModules({ sleep: realSleep }),
    env: activityEnvironment,
    events,
    timers: { now, sleep: realSleep },
    report: options.log ?? logToStderr,
  });
  const workflows = new WorkflowsService(store, workflowEngine, now);
  const handlers = createHandlers({
    session,
    options: optionCollection,
    enumerations: new NamedCollection(store, 'enumerations', 'Enumeration'),
    accounts,
    connectors,
    wizard: new WizardService(accounts, connectors, schemas, jobs),
    records: new RecordsService(records, jobs, dataDir),
    schemas,
    enumerationSync: new EnumerationSyncService(store, schemas),
    jobs,
    workflows,
    workflowEngine,
    crmDesign: new CrmDesignService(activityEnvironment),
  });
  const dispatcher = new Dispatcher(handlers, session, options.log ?? logToStderr);
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
    close: async () => {
      await workflowEngine.close();
      await sandbox.close();
      await demo.close();
      await records.close();
    },
  };
}
