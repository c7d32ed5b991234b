/**
 * A child process for the crash tests: opens the record store on the parent's data dir and the
 * connector on the parent's emulator, runs one CRM connector execution with a fixed workDir,
 * and for an import upserts the rows into the parent's table. The parent kills it at will.
 */
import { z } from 'zod';
import { crmTableDescriptionSchema } from '../../../../../../shared/domain/crm';
import { activitySchema } from '../../../../../../shared/domain/workflows/activity-settings';
import { systemClock } from '../../../../../core/clock';
import { SalesforceConnector } from '../../../../../connectors/salesforce/salesforce-connector';
import { trustAuthority } from '../../../../../connectors/tls-trust';
import { openRecordStore } from '../../../../../storage/records/open-record-store';
import { SandboxPool } from '../../../../sandbox/sandbox-pool';
import {
  executeStandalone,
  standaloneEnvironment,
} from '../../../test-support/standalone-execution';
import { crmConnectorActivity } from '../crm-connector';

const argsSchema = z.object({
  dataDir: z.string(),
  databaseUrl: z.string().nullable(),
  sqliteWorker: z.string(),
  sandboxWorker: z.string(),
  caPem: z.string(),
  login: z.object({
    loginUrl: z.string(),
    username: z.string(),
    password: z.string(),
    clientId: z.string(),
    clientSecret: z.string(),
    apiVersion: z.string(),
  }),
  approved: z.array(crmTableDescriptionSchema),
  activity: z.unknown(),
  input: z.object({ table: z.string(), count: z.number() }).nullable(),
  workDir: z.string(),
  /** For an import: the table its rows are upserted into, by record id. */
  target: z.string().nullable(),
});

const args = argsSchema.parse(JSON.parse(process.env.CRASH_CHILD_ARGS ?? '{}'));
trustAuthority(args.caPem);
const store = await openRecordStore({
  dataDir: args.dataDir,
  databaseUrl: args.databaseUrl,
  sqliteWorker: { file: args.sqliteWorker, busyTimeoutMs: 2000 },
});
const clock = systemClock;
const sandbox = new SandboxPool({ file: args.sandboxWorker });
const { env } = standaloneEnvironment({
  records: store,
  dataDir: args.dataDir,
  connect: () => SalesforceConnector.connect(args.login, clock),
  approvedTables: () => args.approved,
  instanceName: 'crash',
  clock,
  sandbox,
});
const activity = activitySchema.parse(args.activity);
if (activity.type !== 'crmConnector') throw new Error('Not a CRM connector activity.');
const { outcome } = await executeStandalone(
  env,
  crmConnectorActivity.execute,
  activity,
  args.input,
  { workDir: args.workDir },
);
const ok = outcome.outputs.ok;
if (args.target && ok)
  for await (const rows of store.stream(ok.table, {}, 1000)) await store.upsert(args.target, rows);
await sandbox.close();
await store.close();
process.stdout.write(JSON.stringify(outcome));
