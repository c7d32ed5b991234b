import { consoleOf, type CaseResult } from '../case-result';
import { bestOfRounds, type ContestantTask, type Entry } from '../contestant-task';
import type { SuiteCase } from '../suite-case';
import { contestantDir, withEmulator, type SalesforceEmulator } from './case-context';

const pager = 'jsforce pager → better-sqlite3';
const naiveSender = 'sObject Collections of 200, one after another';

/** A contestant's task against the case's Salesforce emulator, in a folder of its own. */
export async function salesforceTask(
  emulator: SalesforceEmulator,
  dir: string,
  kind: ContestantTask['kind'],
  count: number,
): Promise<ContestantTask> {
  const { login, caFile, dynamics, oracle } = emulator;
  return {
    kind,
    login: { ...login, password: login.password ?? '', clientSecret: login.clientSecret ?? '' },
    dynamics,
    oracle,
    caFile,
    dir: await contestantDir(dir, kind),
    count,
  };
}

function salesforceImport(name: string, latency: 'off' | 'real', targetRatio: number): SuiteCase {
  return {
    name,
    title: 'Salesforce import of Contacts',
    latency,
    defaultRows: 1_000_000,
    run: (dir, rows, rounds) =>
      withEmulator(dir, rows, latency, async (emulator) => {
        const task = (kind: ContestantTask['kind']) => salesforceTask(emulator, dir, kind, rows);
        // The emulator's own rate first: it also warms the emulator up for everyone after it.
        const entries: Entry[] = [
          { task: await task('sf-raw'), name: 'raw download (emulator rate)', role: 'reference' },
          { task: await task('sf-pager'), name: pager, role: 'baseline' },
          { task: await task('sf-console-import'), name: 'console import', role: 'console' },
          // The same activity with "Use Bulk API" ticked: a contestant beside the REST path.
          {
            task: await task('sf-console-bulk-import'),
            name: 'console import, Bulk API 2.0',
            role: 'reference',
          },
          {
            task: await task('sf-autofetch'),
            name: 'jsforce autoFetch (memory)',
            role: 'baseline',
          },
        ];
        return bestOfRounds(entries, rounds);
      }),
    target: (result: Omit<CaseResult, 'target'>) => {
      const ratio = result.ratios[pager] ?? 0;
      const rss = consoleOf(result).peakRssMb ?? Infinity;
      const rssOk = latency === 'off' || rss <= 400;
      return {
        text:
          latency === 'real'
            ? `≥ ${targetRatio}× the naive pager, peak RSS ≤ 400 MB`
            : `≥ ${targetRatio}× the naive pager`,
        figure: `${ratio}× the pager${latency === 'real' ? `, peak RSS ${rss} MB` : ''}`,
        met: ratio >= targetRatio && rssOk,
      };
    },
  };
}

export const salesforceImportReal = salesforceImport('salesforce-import-real', 'real', 5);
export const salesforceImportOff = salesforceImport('salesforce-import-off', 'off', 1.2);

export const salesforceIncremental: SuiteCase = {
  name: 'salesforce-incremental-off',
  title: 'Salesforce incremental import (automatic index), 1 % changed',
  latency: 'off',
  defaultRows: 1_000_000,
  run: (dir, rows) =>
    withEmulator(dir, rows, 'off', async (emulator) => {
      const changed = Math.max(1, Math.round(rows / 100));
      const task = await salesforceTask(emulator, dir, 'sf-console-incremental', changed);
      // One round: a second one would find the changes already imported.
      return bestOfRounds([{ task, name: 'console import of the changes', role: 'console' }], 1);
    }),
  target: (result) => {
    const seconds = consoleOf(result).seconds;
    return { text: '≤ 3 s', figure: `${seconds} s`, met: seconds <= 3 };
  },
};

export const salesforceExportReal: SuiteCase = {
  name: 'salesforce-export-real',
  title: 'Salesforce export (insert) of Recipients',
  latency: 'real',
  defaultRows: 100_000,
  run: (dir, rows, rounds) =>
    // The emulator's own contacts are few: the case is about what is sent.
    withEmulator(dir, 1000, 'real', async (emulator) => {
      const task = (kind: ContestantTask['kind']) => salesforceTask(emulator, dir, kind, rows);
      return bestOfRounds(
        [
          { task: await task('sf-collections-export'), name: naiveSender, role: 'baseline' },
          { task: await task('sf-console-export'), name: 'console export', role: 'console' },
          {
            task: await task('sf-console-bulk-export'),
            name: 'console export, Use Bulk API (Bulk 2.0 jobs)',
            role: 'reference',
          },
        ],
        rounds,
      );
    }),
  target: (result) => {
    const r = result.ratios[naiveSender] ?? 0;
    return { text: '≥ 5× the naive sender', figure: `${r}× the naive sender`, met: r >= 5 };
  },
};
