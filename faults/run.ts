/**
 * `npm run faults`: the fault matrix. Every CRM × operation × fault, each cell on a fresh
 * emulator and record store; results in faults/results.json and a Markdown table.
 *
 *   npm run faults -- [--crm salesforce] [--operation export] [--fault slowPage] [--print]
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { testAnchor } from '../emulators/test-support/salesforce';
import { operations, type Operation } from './crms/crm-under-test';
import { crmsUnderTest } from './crms/registry';
import { runFaultCell, type FaultCellSettings } from './matrix/fault-cell';
import { faultLabels, faultNames, operationLabels, type FaultName } from './matrix/fault-kinds';
import {
  faultResultsSchema,
  readResults,
  writeResults,
  type FaultCell,
  type FaultResults,
} from './matrix/results';
import { faultFindings, faultMatrixTable } from './matrix/tables';
import { immutableFoldersProblem } from './scenario/immutable-folder';

const resultsFile = fileURLToPath(new URL('./results.json', import.meta.url));

const { values } = parseArgs({
  options: {
    crm: { type: 'string', multiple: true },
    operation: { type: 'string', multiple: true },
    fault: { type: 'string', multiple: true },
    print: { type: 'boolean', default: false },
  },
});

function chosen<T extends string>(
  all: readonly T[],
  picked: string[] | undefined,
  what: string,
): T[] {
  if (!picked) return [...all];
  const unknown = picked.filter((p) => !all.includes(p as T));
  if (unknown.length) {
    console.error(`Unknown ${what} ${unknown.join(', ')}; choose among ${all.join(', ')}.`);
    process.exit(2);
  }
  return all.filter((a) => picked.includes(a));
}

function report(results: FaultResults): number {
  console.log(faultMatrixTable(results.cells));
  const findings = results.cells.filter((c) => faultFindings(c).length > 0);
  console.log(
    `\n${results.cells.length} cells in ${Math.round(results.seconds)} s; ${findings.length} finding(s).`,
  );
  for (const c of findings)
    console.log(
      `- ${c.crm} ${operationLabels[c.operation]} × ${faultLabels[c.fault]}: ${faultFindings(c).join(', ')} — ${c.outcome}; ${c.details}`,
    );
  return findings.length ? 1 : 0;
}

if (values.print) process.exit(report(await readResults(resultsFile, faultResultsSchema)));

const crms = chosen(
  Object.keys(crmsUnderTest) as (keyof typeof crmsUnderTest)[],
  values.crm,
  'CRM',
);
const ops: Operation[] = chosen(operations, values.operation, 'operation');
const faults: FaultName[] = chosen(faultNames, values.fault, 'fault');
const settings: FaultCellSettings = {
  // Enough for an import window of three query pages.
  records: 6000,
  anchor: testAnchor,
  callDeadlineMs: 3000,
  maxAttempts: 5,
  attemptTimeoutMs: 90_000,
  immutableProblem: immutableFoldersProblem(),
};
const startedAt = performance.now();
const cells: FaultCell[] = [];
let n = 0;
for (const kind of crms) {
  const crm = crmsUnderTest[kind];
  if (!crm) continue;
  for (const operation of ops)
    for (const fault of faults) {
      const cell = await runFaultCell(crm, operation, fault, `F${++n}`, settings);
      cells.push(cell);
      console.log(
        `${crm.label} · ${operationLabels[operation]} · ${faultLabels[fault]}: ${cell.outcome}${cell.details ? ` (${cell.details})` : ''} [${cell.seconds} s]`,
      );
    }
}
const results: FaultResults = {
  // The matrix reads no clock but this stamp and its timings.
  ranAt: new Date().toISOString(),
  seconds: Math.round((performance.now() - startedAt) / 100) / 10,
  settings: {
    records: settings.records,
    callDeadlineMs: settings.callDeadlineMs,
    maxAttempts: settings.maxAttempts,
  },
  cells,
};
await writeResults(resultsFile, results);
console.log('');
process.exit(report(results));
