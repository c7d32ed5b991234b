import { openTestSandbox } from '../../electron/test-support/sandbox-worker';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { SettableClock } from '../../electron/core/clock';
import { describeThrown } from '../../electron/core/describe-thrown';
import type { ActivityOutcome } from '../../electron/services/workflows/activity';
import { crmConnectorActivity } from '../../electron/services/workflows/activities/crm-connector/crm-connector';
import {
  executeStandalone,
  standaloneEnvironment,
} from '../../electron/services/workflows/test-support/standalone-execution';
import { openTestRecordStore } from '../../electron/test-support/record-stores';
import type { CrmUnderTest, Operation } from '../crms/crm-under-test';
import { FileCheckpoints, readCheckpointFile } from '../scenario/file-checkpoints';
import { setImmutable } from '../scenario/immutable-folder';
import { prepareScenario } from '../scenario/operations';
import { injectionFor, type FaultName } from './fault-kinds';
import { RequestTriggers } from './request-triggers';
import type { AttemptResult, FaultCell } from './results';
import { outcomeText, rawErrorReason } from './verdict';

export interface FaultCellSettings {
  /** Generated records per object in the CRM. */
  records: number;
  /** The moment the CRM's data leads up to; the shared clock starts there. */
  anchor: Date;
  callDeadlineMs: number;
  /** Attempts in all: the first run and its resumes. */
  maxAttempts: number;
  /** An attempt still running after this long is given up (and reported): a hang. */
  attemptTimeoutMs: number;
  /** Why an immutable folder cannot be made here; null when it can. */
  immutableProblem: string | null;
}

/** The table an interrupted import committed its pages to, as its checkpoint names it. */
const committedTable = (workDir: string): string | null => {
  const parsed = z.object({ table: z.string() }).safeParse(readCheckpointFile(workDir));
  return parsed.success ? parsed.data.table : null;
};

function withTimeout<T>(work: Promise<T>, ms: number, abort: AbortController): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abort.abort();
      reject(new Error(`the attempt hung: still running after ${ms / 1000} s`));
    }, ms);
  });
  return Promise.race([work, hung]).finally(() => clearTimeout(timer));
}

/**
 * One cell: a fresh CRM and record store, the fault armed at the operation's mid-run call, the
 * operation run and resumed (same work folder and checkpoint) until it completes or runs out of
 * attempts, then its end state checked against the CRM.
 */
export async function runFaultCell(
  crmDef: CrmUnderTest,
  operation: Operation,
  fault: FaultName,
  tag: string,
  settings: FaultCellSettings,
): Promise<FaultCell> {
  const startedAt = performance.now();
  const base = {
    crm: crmDef.label,
    operation,
    fault,
    attempts: [],
    nothingLost: null,
    nothingDuplicated: null,
    countsRight: null,
    clearErrors: true,
    faultFired: null,
    indexNeverAhead: null,
    details: '',
    seconds: 0,
  };
  const injection = injectionFor(fault, operation, settings.callDeadlineMs);
  if (injection.kind === 'notApplicable')
    return {
      ...base,
      status: 'notApplicable',
      outcome: `not applicable: ${injection.reason}`,
    };
  if (injection.kind === 'immutableWorkFolder' && settings.immutableProblem)
    return {
      ...base,
      status: 'notPossible',
      outcome: `not possible here: ${settings.immutableProblem}`,
    };

  const clock = new SettableClock(settings.anchor.getTime());
  const triggers = new RequestTriggers();
  const crm = await crmDef.start({
    records: settings.records,
    clock,
    anchor: settings.anchor,
    onRequest: triggers.observe,
  });
  const store = await openTestRecordStore('sqlite');
  const sandbox = openTestSandbox();
  const workRoot = await mkdtemp(join(tmpdir(), 'crm-faults-'));
  const workDir = join(workRoot, 'execution');
  await mkdir(workDir);
  let immutable = false;
  const makeWritable = () => {
    if (immutable) setImmutable(workDir, false);
    immutable = false;
  };
  try {
    const instanceName = 'faults';
    const { env } = standaloneEnvironment({
      records: store.store,
      dataDir: store.dataDir,
      connect: () => crmDef.connect(crm.endpoint, clock, settings.callDeadlineMs),
      approvedTables: () => [crm.table],
      instanceName,
      clock,
      sandbox,
    });
    const scenario = await prepareScenario(operation, {
      crm,
      sizes: crmDef,
      records: () => store.store,
      options: env.options,
      instanceName,
      tag,
      anchor: settings.anchor,
      invalidRecords: injection.kind === 'invalidRecords',
    });
    const { route, call } = crm.routes[operation].midRun;
    let fired: () => boolean = () => true;
    if (injection.kind === 'emulator') {
      // A fault hits the next request of its route: armed once the call before has been made.
      let armed: { fired(): number } | null = null;
      const arm = () => (armed = crm.arm(route, injection.fault));
      if (call === 1) arm();
      else triggers.at([route], call - 1, 'after', arm);
      fired = () => (armed?.fired() ?? 0) > 0;
    }
    let madeImmutable = false;
    if (injection.kind === 'immutableWorkFolder') {
      triggers.at([route], call, 'before', () => {
        setImmutable(workDir, true);
        immutable = true;
        madeImmutable = true;
      });
      fired = () => madeImmutable;
    }

    const attempts: AttemptResult[] = [];
    const indexProblems: string[] = [];
    const checkpoints = new FileCheckpoints();
    let outcome: ActivityOutcome | null = null;
    while (outcome === null && attempts.length < settings.maxAttempts) {
      const attemptStart = performance.now();
      const abort = new AbortController();
      try {
        const result = await withTimeout(
          executeStandalone(env, crmConnectorActivity.execute, scenario.activity, scenario.input, {
            workDir,
            checkpoints,
            signal: abort.signal,
          }),
          settings.attemptTimeoutMs,
          abort,
        );
        outcome = result.outcome;
        attempts.push({ error: null, rawReason: null, seconds: elapsed(attemptStart) });
      } catch (error) {
        const message = describeThrown(error);
        attempts.push({
          error: message,
          rawReason: rawErrorReason(message),
          seconds: elapsed(attemptStart),
        });
        // The administrator makes the folder writable again, then resumes.
        makeWritable();
        const ahead = await scenario.indexAhead?.(committedTable(workDir));
        if (ahead) indexProblems.push(ahead);
        clock.advance(60_000);
      }
    }
    const faultFired = fired();
    triggers.clear();
    crm.clearFaults();
    const end = outcome ? await scenario.verify(outcome) : null;
    const raw = attempts.filter((a) => a.rawReason !== null);
    return {
      ...base,
      status: 'run',
      outcome: outcomeText(attempts),
      attempts,
      nothingLost: end?.nothingLost ?? null,
      nothingDuplicated: end?.nothingDuplicated ?? null,
      countsRight: end?.countsRight ?? null,
      clearErrors: raw.length === 0,
      faultFired,
      indexNeverAhead: scenario.indexAhead ? indexProblems.length === 0 : null,
      details: [
        end?.details ?? '',
        faultFired ? '' : 'the fault never hit the run',
        injection.kind === 'immutableWorkFolder' && attempts.length === 1
          ? 'it wrote nothing in its work folder once unwritable'
          : '',
        ...raw.map((a) => `raw error (${a.rawReason ?? ''}): ${a.error ?? ''}`),
        ...indexProblems,
      ]
        .filter(Boolean)
        .join('; '),
      seconds: elapsed(startedAt),
    };
  } finally {
    makeWritable();
    await crm.close();
    await store.dispose();
    await sandbox.close();
    await rm(workRoot, { recursive: true, force: true });
  }
}

const elapsed = (since: number) => Math.round((performance.now() - since) / 100) / 10;
