import { consoleOf, round, type CaseResult, type Contestant } from '../case-result';
import { bestOfRounds, type ContestantTask } from '../contestant-task';
import type { SuiteCase } from '../suite-case';
import { withEmulator } from './case-context';
import { salesforceTask } from './salesforce-cases';

const sequentialPager = 'sequential client (nextLink, one page after another) → better-sqlite3';
const sequentialSender = 'sequential client (one request per record)';
/** The sequential sender's records: at one round trip each, its rate is the same on any count. */
const senderSample = 500;

/** Oracle's documented request rate per Web Services session, and its records per page. */
const oracleRequestsPerSecond = 20;
const oraclePageSize = 100;

function ratioTarget(baseline: string, wanted: number): SuiteCase['target'] {
  return (result) => {
    const r = result.ratios[baseline] ?? 0;
    return {
      text: `≥ ${wanted}× a sequential client`,
      figure: `${r}× the sequential client`,
      met: r >= wanted,
    };
  };
}

export const dynamicsImportReal: SuiteCase = {
  name: 'dynamics-import-real',
  title: 'Dynamics 365 import of contacts',
  latency: 'real',
  defaultRows: 200_000,
  run: (dir, rows, rounds) =>
    withEmulator(dir, rows, 'real', async (emulator) => {
      const task = (kind: ContestantTask['kind']) => salesforceTask(emulator, dir, kind, rows);
      return bestOfRounds(
        [
          { task: await task('dyn-pager'), name: sequentialPager, role: 'baseline' },
          { task: await task('dyn-console-import'), name: 'console import', role: 'console' },
        ],
        rounds,
        emulator.cpuSeconds,
      );
    }),
  target: ratioTarget(sequentialPager, 3),
};

export const dynamicsExportReal: SuiteCase = {
  name: 'dynamics-export-real',
  title: 'Dynamics 365 export (insert, $batch) of Recipients',
  latency: 'real',
  defaultRows: 50_000,
  run: (dir, rows, rounds) =>
    // The emulator's own contacts are few: the case is about what is sent.
    withEmulator(dir, 1000, 'real', async (emulator) => {
      const sample = Math.min(rows, senderSample);
      const sender = await salesforceTask(emulator, dir, 'dyn-single-export', sample);
      const contestants = await bestOfRounds(
        [
          { task: sender, name: sequentialSender, role: 'baseline' },
          {
            task: await salesforceTask(emulator, dir, 'dyn-console-export', rows),
            name: 'console export',
            role: 'console',
          },
        ],
        rounds,
        emulator.cpuSeconds,
      );
      return contestants.map((c) =>
        c.name === sequentialSender && sample < rows
          ? {
              ...c,
              note: `sent ${sample.toLocaleString('en')} of the ${rows.toLocaleString('en')} records: one request each, its rate is the same on any count (${Math.round(rows / Math.max(1, c.recordsPerSecond) / 60)} minutes for them all)`,
            }
          : c,
      );
    }),
  target: ratioTarget(sequentialSender, 3),
};

/**
 * What Oracle's request rate allows the sessions the console used: 20 requests a second per
 * session, 100 records a request. Computed, not run: it shares no process.
 */
export function oracleRateBound(records: number, sessions: number): Contestant {
  const recordsPerSecond = oracleRequestsPerSecond * oraclePageSize * sessions;
  return {
    name: `request-rate bound (20 requests/s × ${sessions} session${sessions === 1 ? '' : 's'})`,
    role: 'reference',
    records,
    seconds: round(records / Math.max(1, recordsPerSecond), 3),
    recordsPerSecond,
    peakRssMb: null,
    worstEventLoopDelayMs: null,
    cpuSeconds: null,
    sessions,
  };
}

export const oracleImportReal: SuiteCase = {
  name: 'oracle-import-real',
  title: 'Oracle CRM On Demand import of contacts',
  latency: 'real',
  defaultRows: 100_000,
  run: (dir, rows, rounds) =>
    withEmulator(dir, rows, 'real', async (emulator) => {
      const task = await salesforceTask(emulator, dir, 'ora-console-import', rows);
      const [consoleRun] = await bestOfRounds(
        [{ task, name: 'console import', role: 'console' }],
        rounds,
        emulator.cpuSeconds,
      );
      if (!consoleRun) throw new Error('The Oracle import did not run.');
      return [consoleRun, oracleRateBound(consoleRun.records, consoleRun.sessions ?? 0)];
    }),
  target: (result: Omit<CaseResult, 'target'>) => {
    const subject = consoleOf(result);
    const sessions = subject.sessions ?? 0;
    const bound = oracleRequestsPerSecond * oraclePageSize * sessions;
    const share = bound > 0 ? round((subject.recordsPerSecond / bound) * 100, 1) : 0;
    return {
      text: 'within 10 % of 20 requests/s/session × the sessions used',
      figure: `${subject.recordsPerSecond.toLocaleString('en')} of ${bound.toLocaleString('en')} records/s (${sessions} session${sessions === 1 ? '' : 's'}): ${share} %`,
      met: share >= 90,
    };
  },
};
