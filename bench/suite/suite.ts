import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { withTempDir } from '../records-bench';
import { caseResultSchema, ratiosOf, round, type CaseResult } from './case-result';
import {
  salesforceExportReal,
  salesforceImportOff,
  salesforceImportReal,
  salesforceIncremental,
} from './cases/salesforce-cases';
import { recordsPerSecondChart } from './chart';
import {
  dynamicsExportReal,
  dynamicsImportReal,
  oracleImportReal,
} from './cases/dynamics-oracle-cases';
import { explorerJump } from './cases/explorer-case';
import type { SuiteCase, SuiteOptions } from './suite-case';
import { caseTable, summaryLine } from './table';

export const suiteCases: readonly SuiteCase[] = [
  salesforceImportOff,
  salesforceImportReal,
  salesforceIncremental,
  salesforceExportReal,
  dynamicsImportReal,
  dynamicsExportReal,
  oracleImportReal,
  explorerJump,
];

const resultsDir = join('bench', 'results');
export const chartFile = join(resultsDir, 'suite-chart.svg');

const load = () => round(loadavg()[0] ?? 0);

async function runCase(
  c: SuiteCase,
  scale: number,
  rounds: number,
  options: SuiteOptions,
): Promise<CaseResult> {
  const rows = Math.max(1, Math.round(c.defaultRows * scale));
  console.log(`\n${c.name}: ${c.title}, ${rows.toLocaleString('en')} rows, latency ${c.latency}`);
  const loadAverageAtStart = load();
  const contestants = await withTempDir((dir) => c.run(dir, rows, rounds, options));
  const partial = {
    name: c.name,
    title: c.title,
    measuredAt: new Date().toISOString(),
    latency: c.latency,
    rows,
    machine: { cpus: availableParallelism(), loadAverageAtStart, loadAverageAtEnd: load() },
    contestants,
    ratios: ratiosOf(contestants),
  };
  return caseResultSchema.parse({ ...partial, target: c.target(partial) });
}

/** Every case result saved so far, this run's included: the chart shows them all. */
async function savedResults(): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const file of (await readdir(resultsDir)).filter((f) => f.endsWith('.json')).sort()) {
    const parsed = caseResultSchema.safeParse(
      JSON.parse(await readFile(join(resultsDir, file), 'utf8')),
    );
    if (parsed.success) results.push(parsed.data);
  }
  const order = suiteCases.map((c) => c.name);
  return results.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
}

/**
 * `npm run bench -- suite [--scale F] [--rounds R] [--case NAME]… [--database-url URL]`: each case with its baselines against the
 * same emulator; a table and `bench/results/<case>.json` per case, then the chart of them all.
 */
export async function runSuite(
  scale: number,
  rounds: number,
  only: readonly string[],
  options: SuiteOptions = { databaseUrl: null },
): Promise<number> {
  const unknown = only.filter((name) => !suiteCases.some((c) => c.name === name));
  const problem = unknown.length
    ? `Unknown case(s) ${unknown.join(', ')}. Cases: ${suiteCases.map((c) => c.name).join(', ')}.`
    : !(scale > 0)
      ? '--scale expects a number above 0.'
      : !Number.isSafeInteger(rounds) || rounds < 1
        ? '--rounds expects a whole number of at least 1.'
        : null;
  if (problem) {
    console.error(problem);
    return 2;
  }
  await mkdir(resultsDir, { recursive: true });
  const done: CaseResult[] = [];
  for (const c of suiteCases.filter((s) => only.length === 0 || only.includes(s.name))) {
    const result = await runCase(c, scale, rounds, options);
    console.log(`\n${caseTable(result)}`);
    await writeFile(join(resultsDir, `${c.name}.json`), `${JSON.stringify(result, null, 2)}\n`);
    done.push(result);
  }
  await writeFile(chartFile, recordsPerSecondChart(await savedResults()));
  console.log(`\nSummary (this run):\n${done.map(summaryLine).join('\n')}`);
  console.log(`Written to ${resultsDir}/<case>.json and ${chartFile}.`);
  return 0;
}
