/**
 * `npm run crashes`: the crash matrix. For every CRM, record store (SQLite, and PostgreSQL when
 * CRM_CONSOLE_TEST_DATABASE_URL is set) and operation, a child running it is killed with
 * SIGKILL at seeded points and run again; then the config store's writes are killed the same
 * way. Results in faults/crash-results.json and a Markdown table.
 *
 *   npm run crashes -- [--seed N] [--trials 10] [--crm dynamics] [--operation export]
 *                      [--engine sqlite] [--print]
 *
 * A run of part of the matrix with the same seed and trials replaces those rows there and keeps
 * the others.
 */
import { randomInt } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { engines, sqliteWorkerFromSource } from '../electron/test-support/record-stores';
import { bundleCrashChild } from './crash/child-runner';
import { runCrashRow } from './crash/activity-trials';
import { runConfigStoreRow } from './crash/config-store-trials';
import { operations } from './crms/crm-under-test';
import { crmsUnderTest } from './crms/registry';
import { operationLabels } from './matrix/fault-kinds';
import {
  crashOperations,
  crashResultsSchema,
  lastResults,
  mergedEntries,
  readResults,
  writeResults,
  type CrashResults,
  type CrashTrial,
} from './matrix/results';
import { crashFindings, crashMatrixTable } from './matrix/tables';

const resultsFile = fileURLToPath(new URL('./crash-results.json', import.meta.url));

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    trials: { type: 'string', default: '10' },
    crm: { type: 'string', multiple: true },
    operation: { type: 'string', multiple: true },
    engine: { type: 'string', multiple: true },
    print: { type: 'boolean', default: false },
  },
});

function report(results: CrashResults): number {
  console.log(crashMatrixTable(results.trials));
  const findings = results.trials.filter((t) => crashFindings(t).length > 0);
  console.log(
    `\n${results.trials.length} trials in ${Math.round(results.seconds)} s, seed ${results.seed}; ${findings.length} finding(s).`,
  );
  for (const t of findings)
    console.log(
      `- ${t.crm} ${t.engine} ${t.operation} trial ${t.trial} (seed ${t.seed}, killed ${t.killAt}): ${crashFindings(t).join(', ')} — ${t.details}`,
    );
  if (findings.length)
    console.log(
      `Reproduce: npm run crashes -- --seed ${results.seed} --trials ${results.trialsPerOperation}`,
    );
  return findings.length ? 1 : 0;
}

if (values.print) process.exit(report(await readResults(resultsFile, crashResultsSchema)));

const seed = values.seed === undefined ? randomInt(1_000_000) : Number(values.seed);
const trials = Number(values.trials);
if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(trials) || trials < 1) {
  console.error('--seed and --trials take whole numbers (--trials at least 1).');
  process.exit(2);
}
const picked = values.operation ?? [...crashOperations];
const unknown = picked.filter((p) => !(crashOperations as readonly string[]).includes(p));
const pickedEngines = engines.filter((e) => !values.engine || values.engine.includes(e));
if (unknown.length) {
  console.error(
    `Unknown operation ${unknown.join(', ')}; choose among ${crashOperations.join(', ')}.`,
  );
  process.exit(2);
}
const kinds = Object.keys(crmsUnderTest);
const unknownCrms = (values.crm ?? []).filter((c) => !kinds.includes(c));
if (unknownCrms.length) {
  console.error(`Unknown CRM ${unknownCrms.join(', ')}; choose among ${kinds.join(', ')}.`);
  process.exit(2);
}
const pickedCrms = values.crm ?? kinds;
console.log(`Crash matrix, seed ${seed} (reproduce with --seed ${seed}), ${trials} trials each.`);

const startedAt = performance.now();
const childFile = bundleCrashChild();
const all: CrashTrial[] = [];
const onTrial = (t: CrashTrial) =>
  console.log(
    `${t.crm} · ${t.engine} · ${t.operation === 'configStore' ? 'config store' : operationLabels[t.operation]} · trial ${t.trial} (seed ${t.seed}, kill ${t.killAt}): ${t.killed ? 'killed' : 'not killed'}, ${t.resumes} resume(s), ${t.completed ? 'completed' : `stopped: ${t.error ?? ''}`}; ${t.details} [${t.seconds} s]`,
  );
// Rows are numbered in a fixed order, so that a seed gives the same kill points for a row
// whichever rows are picked.
let row = 0;
for (const [kind, crm] of Object.entries(crmsUnderTest))
  for (const engine of engines)
    for (const operation of operations) {
      row += 1;
      if (
        !pickedCrms.includes(kind) ||
        !picked.includes(operation) ||
        !pickedEngines.includes(engine)
      )
        continue;
      all.push(
        ...(await runCrashRow(
          crm,
          engine,
          operation,
          row,
          {
            trials,
            runSeed: seed,
            records: 6000,
            maxResumes: 5,
            childFile,
            sqliteWorker: sqliteWorkerFromSource.file,
          },
          onTrial,
        )),
      );
    }
// The bulk export rows come after the others, so that the rows above keep their numbers.
for (const [kind, crm] of Object.entries(crmsUnderTest))
  for (const engine of engines) {
    if (!crm.bulkJobs) continue;
    row += 1;
    if (
      !pickedCrms.includes(kind) ||
      !picked.includes('bulkExport') ||
      !pickedEngines.includes(engine)
    )
      continue;
    all.push(
      ...(await runCrashRow(
        crm,
        engine,
        'bulkExport',
        row,
        {
          trials,
          runSeed: seed,
          records: 6000,
          maxResumes: 5,
          childFile,
          sqliteWorker: sqliteWorkerFromSource.file,
        },
        onTrial,
      )),
    );
  }
if (picked.includes('configStore'))
  all.push(...(await runConfigStoreRow(1000, { trials, runSeed: seed, childFile }, onTrial)));

// Kept only from a run of the same seed and trials, so that one --seed reproduces every row.
const last = await lastResults(resultsFile, crashResultsSchema);
const comparable = last?.seed === seed && last.trialsPerOperation === trials;
if (last && !comparable)
  console.log(
    `The last results (seed ${last.seed}, ${last.trialsPerOperation} trials) are replaced; run with --seed ${last.seed} --trials ${last.trialsPerOperation} to add to them.`,
  );
// The config store's trials (CRM '—') come last, as they run.
const labels = [...Object.values(crmsUnderTest).map((crm) => crm.label), '—'];
const rowKey = (t: CrashTrial) => `${t.crm}|${t.engine}|${t.operation}|${t.trial}`;
const rowRank = (t: CrashTrial) =>
  ((labels.indexOf(t.crm) * 3 + ['sqlite', 'postgresql', 'none'].indexOf(t.engine)) *
    crashOperations.length +
    crashOperations.indexOf(t.operation)) *
    trials +
  t.trial;
const results: CrashResults = {
  // The matrix reads no clock but this stamp and its timings.
  ranAt: new Date().toISOString(),
  seconds: Math.round((performance.now() - startedAt) / 100) / 10,
  seed,
  trialsPerOperation: trials,
  trials: mergedEntries(all, comparable ? last.trials : [], rowKey, rowRank),
};
await writeResults(resultsFile, results);
console.log('');
process.exit(report(results));
