/**
 * The crash matrix's child process: runs one CRM connector execution (or a loop of config
 * store updates) the way the console would, on the parent's record store, config file and
 * emulator, writing one JSON line per message on stdout. The parent kills it with SIGKILL at a
 * seeded point, then runs it again on the same work folder: a resume after a crash.
 */
import { activitySchema } from '../../shared/domain/workflows/activity-settings';
import { SandboxPool } from '../../electron/services/sandbox/sandbox-pool';
import { trustAuthority } from '../../electron/connectors/tls-trust';
import { systemClock } from '../../electron/core/clock';
import { describeThrown } from '../../electron/core/describe-thrown';
import { crmConnectorActivity } from '../../electron/services/workflows/activities/crm-connector/crm-connector';
import {
  executeStandalone,
  standaloneEnvironment,
} from '../../electron/services/workflows/test-support/standalone-execution';
import { ConfigStore } from '../../electron/storage/config/config-store';
import { openRecordStore } from '../../electron/storage/records/open-record-store';
import { connectToEmulator } from '../crms/connect';
import { configStoreOptions } from '../scenario/config-options';
import { FileCheckpoints } from '../scenario/file-checkpoints';
import { childArgsSchema, counterOption, type ChildArgs, type ChildMessage } from './protocol';

const say = (message: ChildMessage) => process.stdout.write(`${JSON.stringify(message)}\n`);

async function runActivity(args: Extract<ChildArgs, { mode: 'activity' }>): Promise<void> {
  trustAuthority(args.caPem);
  const records = await openRecordStore({
    dataDir: args.dataDir,
    databaseUrl: args.databaseUrl,
    sqliteWorker: { file: args.sqliteWorker, busyTimeoutMs: 2000 },
  });
  const config = await ConfigStore.open(args.configFile);
  const clock = systemClock;
  const connect = connectToEmulator[args.crm];
  if (!connect) throw new Error(`No connector reaches the ${args.crm} emulator.`);
  const { env } = standaloneEnvironment({
    records,
    dataDir: args.dataDir,
    connect: () => connect(args.endpoint, clock, 30_000),
    approvedTables: () => args.approved,
    instanceName: args.instanceName,
    clock,
    sandbox: new SandboxPool({ file: args.sandboxWorker }),
  });
  const activity = activitySchema.parse(args.activity);
  if (activity.type !== 'crmConnector') throw new Error('Not a CRM connector activity.');
  try {
    const { outcome } = await executeStandalone(
      { ...env, options: configStoreOptions(() => config) },
      crmConnectorActivity.execute,
      activity,
      args.input,
      { workDir: args.workDir, checkpoints: new FileCheckpoints() },
    );
    say({ kind: 'outcome', outputs: { ok: outcome.outputs.ok, reject: outcome.outputs.reject } });
  } catch (error) {
    say({ kind: 'failed', message: describeThrown(error) });
  } finally {
    await records.close();
  }
}

/** Updates of some weight, so that a kill can land in the middle of writing the file. */
async function runConfigUpdates(args: Extract<ChildArgs, { mode: 'configStore' }>): Promise<void> {
  const store = await ConfigStore.open(args.configFile);
  const ballast = 'x'.repeat(3000);
  for (let n = 1; n <= args.updates; n++) {
    await store.update((draft) => {
      draft.options = draft.options.filter((o) => !o.name.startsWith(counterOption));
      draft.options.push({
        name: counterOption,
        label: 'Counter',
        type: 'integer',
        value: String(n),
      });
      for (let i = 0; i < 20; i++)
        draft.options.push({
          name: `${counterOption}Ballast${i}`,
          label: 'Ballast',
          type: 'text',
          value: `${n}${ballast}`,
        });
    });
    say({ kind: 'ack', n });
  }
}

async function main(): Promise<void> {
  const args = childArgsSchema.parse(JSON.parse(process.env.CRM_FAULTS_CHILD ?? '{}'));
  if (args.mode === 'activity') await runActivity(args);
  else await runConfigUpdates(args);
}

// No top-level await: the child is bundled as CommonJS.
main().catch((error: unknown) => {
  process.stderr.write(`${describeThrown(error)}\n`);
  process.exit(1);
});
