import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { trustAuthority } from '../../electron/connectors/tls-trust';
import { sampled, type PhaseFigures } from '../workflows/sampling';
import { taskSchema, type ContestantTask } from './contestant-task';
import {
  bulkImportActivity,
  consoleExport,
  consoleImport,
  consoleIncrementalImport,
} from './contestants/console-salesforce';
import { autoFetch, contactSoql, naivePager, rawDownload } from './contestants/salesforce-naive';
import { naiveCollectionsExport } from './contestants/salesforce-naive-export';
import {
  consoleDynamicsExport,
  consoleDynamicsImport,
  consoleOracleImport,
} from './contestants/console-crm';
import { dynamicsNaivePager, dynamicsNaiveSender } from './contestants/dynamics-naive';

/**
 * One contestant in a process of its own, so that its peak RSS and event-loop delay are its
 * own: `node --import tsx bench/suite/contestant-process.ts '<task JSON>'`. Prints one JSON
 * line: the records it handled and the figures of the timed part.
 */
async function main(): Promise<void> {
  const task = taskSchema.parse(JSON.parse(process.argv[2] ?? '{}'));
  trustAuthority(readFileSync(task.caFile, 'utf8'));
  mkdirSync(task.dir, { recursive: true });
  let figures: (PhaseFigures & { cpuSeconds: number }) | null = null;
  const timed = async (work: () => Promise<number>) => {
    const before = process.cpuUsage();
    const run = await sampled(work);
    // Every thread of the process (the record store's worker too): what the load cannot inflate.
    const used = process.cpuUsage(before);
    figures = { ...run.figures, cpuSeconds: Math.round((used.user + used.system) / 1e3) / 1e3 };
    return run.value;
  };
  const { login, dir, count, dynamics, oracle } = task;
  let sessions: number | undefined;
  const work: Record<ContestantTask['kind'], () => Promise<number>> = {
    'sf-pager': () => timed(() => naivePager(login, contactSoql, join(dir, 'pager.sqlite'))),
    'sf-autofetch': () => timed(() => autoFetch(login, contactSoql)),
    'sf-raw': () => timed(() => rawDownload(login, contactSoql)),
    'sf-console-import': () => consoleImport(login, dir, timed),
    'sf-console-bulk-import': () => consoleImport(login, dir, timed, bulkImportActivity),
    'sf-console-incremental': () => consoleIncrementalImport(login, dir, count, timed),
    'sf-collections-export': () => timed(() => naiveCollectionsExport(login, count)),
    'sf-console-export': () => consoleExport(login, dir, count, timed),
    'sf-console-bulk-export': () => consoleExport(login, dir, count, timed, { bulk: true }),
    'dyn-pager': () => timed(() => dynamicsNaivePager(dynamics, join(dir, 'pager.sqlite'))),
    'dyn-console-import': () => consoleDynamicsImport(dynamics, dir, timed),
    'dyn-single-export': () => timed(() => dynamicsNaiveSender(dynamics, count)),
    'dyn-console-export': () => consoleDynamicsExport(dynamics, dir, count, timed),
    'ora-console-import': () =>
      consoleOracleImport(oracle, dir, timed, (opened) => (sessions = opened)),
  };
  const records = await work[task.kind]();
  if (!figures) throw new Error('The contestant timed nothing.');
  process.stdout.write(`${JSON.stringify({ records, figures, sessions })}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
