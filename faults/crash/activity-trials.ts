import { sandboxWorkerFromSource } from '../../electron/test-support/sandbox-worker';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { systemClock } from '../../electron/core/clock';
import { describeThrown } from '../../electron/core/describe-thrown';
import type { ActivityOutcome } from '../../electron/services/workflows/activity';
import { ConfigStore } from '../../electron/storage/config/config-store';
import { openRecordStore } from '../../electron/storage/records/open-record-store';
import type { RecordStore } from '../../electron/storage/records/record-store';
import { openTestRecordStore, type TestEngine } from '../../electron/test-support/record-stores';
import type { CrashActivityOperation, CrmUnderTest } from '../crms/crm-under-test';
import { RequestTriggers } from '../matrix/request-triggers';
import type { CrashTrial } from '../matrix/results';
import { rawErrorReason } from '../matrix/verdict';
import { configStoreOptions } from '../scenario/config-options';
import { readCheckpointFile } from '../scenario/file-checkpoints';
import { prepareScenario } from '../scenario/operations';
import { startChild, type ChildExit } from './child-runner';
import { describeKill, killPoint, trialSeed } from './kill-plan';

export interface CrashRowSettings {
  trials: number;
  runSeed: number;
  /** Generated records per object in the CRM. */
  records: number;
  /** Runs after the killed one before the trial gives up. */
  maxResumes: number;
  childFile: string;
  sqliteWorker: string;
}

const committedTable = (workDir: string): string | null => {
  const parsed = z.object({ table: z.string() }).safeParse(readCheckpointFile(workDir));
  return parsed.success ? parsed.data.table : null;
};

function outcomeOf(exit: ChildExit): ActivityOutcome | null {
  for (const m of exit.messages)
    if (m.kind === 'outcome') {
      const outputs: ActivityOutcome['outputs'] = {};
      if (m.outputs.ok) outputs.ok = m.outputs.ok;
      if (m.outputs.reject) outputs.reject = m.outputs.reject;
      return { outputs };
    }
  return null;
}

/** Why a child stopped without an outcome, as the administrator or the log would read it. */
function failureOf(exit: ChildExit): string {
  for (const m of exit.messages) if (m.kind === 'failed') return m.message;
  if (exit.signal) return `killed by ${exit.signal}`;
  return `exited with code ${String(exit.code)}: ${exit.stderr.trim().split('\n').at(-1) ?? ''}`;
}

/**
 * One row of the crash matrix: a CRM, a record store and an operation, `trials` times. Each
 * trial runs the operation in a child killed with SIGKILL at a seeded point, then runs it again
 * on the same work folder, config file and record store until it completes, and checks the end
 * state, the automatic index and the config file.
 */
export async function runCrashRow(
  crmDef: CrmUnderTest,
  engine: TestEngine,
  operation: CrashActivityOperation,
  row: number,
  settings: CrashRowSettings,
  onTrial: (trial: CrashTrial) => void,
): Promise<CrashTrial[]> {
  const anchor = new Date(Math.floor(systemClock.now() / 1000) * 1000);
  const triggers = new RequestTriggers();
  // Parent and child share no clock object: both read the system's.
  const crm = await crmDef.start({
    records: settings.records,
    clock: systemClock,
    anchor,
    onRequest: triggers.observe,
  });
  const store = await openTestRecordStore(engine);
  // Reads go through a handle opened again after each child (see ScenarioContext.records).
  let view: RecordStore = store.store;
  const reopen = async () => {
    if (view !== store.store) await view.close();
    view = await openRecordStore({
      dataDir: store.dataDir,
      databaseUrl: store.databaseUrl,
      sqliteWorker: { file: settings.sqliteWorker, busyTimeoutMs: 2000 },
    });
  };
  const configFile = join(store.dataDir, 'config.json');
  let config = await ConfigStore.open(configFile);
  const options = configStoreOptions(() => config);
  const instanceName = 'crash';
  const trials: CrashTrial[] = [];
  try {
    for (let trial = 0; trial < settings.trials; trial++) {
      const startedAt = performance.now();
      const tag = `C${row}T${trial}`;
      const scenario = await prepareScenario(operation, {
        crm,
        sizes: crmDef,
        records: () => view,
        options,
        instanceName,
        tag,
        anchor,
        invalidRecords: false,
      });
      const workDir = join(store.dataDir, 'executions', tag);
      await mkdir(workDir, { recursive: true });
      const seed = trialSeed(settings.runSeed, row, trial);
      const routes = operation === 'bulkExport' ? crm.bulkExportRoutes : crm.routes[operation];
      if (!routes) throw new Error(`${crmDef.label} has no bulk jobs to crash an export through.`);
      const point = killPoint(seed, routes.callsFor(scenario.size));
      const run = () =>
        startChild(settings.childFile, {
          mode: 'activity',
          crm: crmDef.kind,
          endpoint: {
            url: crm.endpoint.url,
            credentials: { ...crm.endpoint.credentials },
          },
          caPem: crm.caPem,
          dataDir: store.dataDir,
          databaseUrl: store.databaseUrl,
          sqliteWorker: settings.sqliteWorker,
          sandboxWorker: sandboxWorkerFromSource.file,
          configFile,
          instanceName,
          approved: [crm.table],
          activity: scenario.activity,
          input: scenario.input,
          workDir,
        });
      const problems: string[] = [];
      let configValid = true;
      let indexNeverAhead = true;
      /** After each child: the config file must open (and validate) as the console would. */
      const afterChild = async () => {
        await reopen();
        try {
          config = await ConfigStore.open(configFile);
        } catch (error) {
          configValid = false;
          problems.push(describeThrown(error));
        }
        const ahead = await scenario.indexAhead?.(committedTable(workDir));
        if (ahead) {
          indexNeverAhead = false;
          problems.push(ahead);
        }
      };

      const first = run();
      triggers.at(routes.calls, point.call, point.phase, () => {
        const kill = () => first.process.kill('SIGKILL');
        if (point.delayMs) setTimeout(kill, point.delayMs);
        else kill();
      });
      const killedRun = await first.exited;
      triggers.clear();
      await afterChild();
      let outcome = outcomeOf(killedRun);
      let error: string | null = outcome ? null : failureOf(killedRun);
      let resumes = 0;
      while (!outcome && resumes < settings.maxResumes) {
        resumes += 1;
        const exit = await run().exited;
        await afterChild();
        outcome = outcomeOf(exit);
        if (outcome) error = null;
        else {
          error = failureOf(exit);
          const raw = rawErrorReason(error);
          if (raw) problems.push(`raw error (${raw}): ${error}`);
        }
      }
      const end = outcome ? await scenario.verify(outcome) : null;
      const result: CrashTrial = {
        crm: crmDef.label,
        engine,
        operation,
        trial,
        seed,
        killAt: describeKill(point, routes.calls),
        // Killed before it completed: a kill landing after the outcome was written is no crash.
        killed: killedRun.signal === 'SIGKILL' && outcomeOf(killedRun) === null,
        resumes,
        completed: outcome !== null,
        error,
        endStateRight: end ? end.countsRight : null,
        nothingLost: end?.nothingLost ?? null,
        nothingDuplicated: end?.nothingDuplicated ?? null,
        indexNeverAhead: scenario.indexAhead ? indexNeverAhead : null,
        configValid,
        details: [end?.details ?? '', ...new Set(problems)].filter(Boolean).join('; '),
        seconds: Math.round((performance.now() - startedAt) / 100) / 10,
      };
      trials.push(result);
      onTrial(result);
    }
  } finally {
    if (view !== store.store) await view.close();
    await crm.close();
    await store.dispose();
  }
  return trials;
}
