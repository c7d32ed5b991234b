import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  browseFigures,
  loadRaw,
  loadThroughStore,
  openRecordStore,
  withTempDir,
} from './records-bench';
import { postgresFloor } from './postgres-floor';
import { isLatencyName, latencyNames } from '../emulators/framework/latency/profile';

/**
 * `npm run bench -- records|explorer|workflows|sandbox [--rows N] [--database-url URL]
 * [--latency off|lan|real]`, or `npm run bench -- suite [--scale F] [--rounds R] [--case NAME]…` (the cases
 * against their naive baselines, bench/suite/): figures, printed and saved.
 */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    rows: { type: 'string' },
    recipients: { type: 'string', default: '10000' },
    'database-url': { type: 'string' },
    latency: { type: 'string', default: 'off' },
    scale: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '1' },
    case: { type: 'string', multiple: true, default: [] },
  },
});
const suite = positionals[0] ?? 'records';
const latency = values.latency;
if (!isLatencyName(latency)) {
  console.error(`--latency expects one of ${latencyNames.join(', ')}, not '${latency}'.`);
  process.exit(2);
}
// Every suite says which latency profile it ran under; only those with a CRM emulator have one.
console.log(
  suite === 'suite'
    ? 'Latency profile: each case names its own.'
    : suite === 'workflows'
      ? `Latency profile: ${latency} (emulators/README.md, "Latency").`
      : `Latency profile: none (the ${suite} suite reaches no CRM emulator).`,
);
// Each suite loads its own modules: Playwright alone takes a second to load.
if (suite === 'suite') {
  const { runSuite } = await import('./suite/suite');
  process.exit(
    await runSuite(Number(values.scale), Number(values.rounds), values.case, {
      databaseUrl: values['database-url'] ?? null,
    }),
  );
}
if (suite === 'explorer') {
  const { runExplorerBench } = await import('./explorer-bench');
  process.exit(await runExplorerBench(Number(values.rows ?? '1000000')));
}
// Contacts imported (--rows) and recipients exported (--recipients).
if (suite === 'workflows') {
  const { runWorkflowsBench } = await import('./workflows/workflows-bench');
  process.exit(
    await runWorkflowsBench(
      Number(values.rows ?? '100000'),
      Number(values.recipients),
      values['database-url'] ?? null,
      latency,
    ),
  );
}
if (suite === 'sandbox') {
  const { runSandboxBench } = await import('./sandbox-bench');
  process.exit(await runSandboxBench());
}
if (suite !== 'records') {
  console.error(
    `Unknown benchmark '${suite}'. Available: suite, records, explorer, workflows, sandbox.`,
  );
  process.exit(2);
}
const rows = Number(values.rows ?? '1000000');
// What an import writes at a time: about one CRM page or two.
const batch = 5_000;
const databaseUrl = values['database-url'] ?? process.env.CRM_CONSOLE_BENCH_DATABASE_URL ?? null;
const sqliteWorker = { file: join(process.cwd(), 'dist', 'sqlite-worker.cjs') };

const loadAverageAtStart = Math.round((loadavg()[0] ?? 0) * 100) / 100;
const results = await withTempDir(async (dir) => {
  console.log(`Upserting ${rows.toLocaleString('en')} rows of a 20-column table…`);
  const raw = await loadRaw(join(dir, 'raw.sqlite'), rows, batch);
  console.log('  raw better-sqlite3 loop:', raw);
  const store = await openRecordStore({ dataDir: dir, sqliteWorker });
  const sqlite = await loadThroughStore(store, rows, batch);
  console.log('  record store (SQLite worker):', sqlite);
  const browse = await browseFigures(store, rows);
  console.log('  data explorer on the table:', browse);
  await store.close();
  const out: Record<string, unknown> = {
    rows,
    machine: { cpus: availableParallelism(), loadAverageAtStart },
    sqlite: {
      upsert: sqlite,
      rawFloor: raw,
      ratioToFloor: Math.round((sqlite.seconds / raw.seconds) * 100) / 100,
      browse,
    },
  };
  if (databaseUrl) {
    const floor = await postgresFloor(databaseUrl, rows);
    console.log('  PostgreSQL COPY into the table:', floor.copyIntoTable);
    console.log('  PostgreSQL COPY into a temporary table + one upsert:', floor.copyPlusUpsert);
    const pg = await openRecordStore({ dataDir: dir, databaseUrl, sqliteWorker });
    await pg.dropTable('BenchContact').catch(() => undefined);
    const upsert = await loadThroughStore(pg, rows, batch);
    console.log('  record store (PostgreSQL):', upsert);
    const pgBrowse = await browseFigures(pg, rows);
    console.log('  data explorer on PostgreSQL:', pgBrowse);
    await pg.dropTable('BenchContact');
    // The same rows into a fresh table, known to be new: COPY straight into it.
    const insertNew = await loadThroughStore(pg, rows, batch, { onlyNew: true });
    console.log('  record store (PostgreSQL), rows known to be new:', insertNew);
    await pg.dropTable('BenchContact');
    await pg.close();
    const ratio = (floorSeconds: number) => Math.round((upsert.seconds / floorSeconds) * 100) / 100;
    out.postgresql = {
      upsert,
      insertNew,
      serverFsync: floor.fsync,
      copyFloor: floor,
      ratioToCopyPlusUpsert: ratio(floor.copyPlusUpsert.seconds),
      ratioToCopy: ratio(floor.copyIntoTable.seconds),
      browse: pgBrowse,
    };
  }
  out.machine = {
    ...(out.machine as object),
    loadAverageAtEnd: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
  return out;
});

const file = join('bench', 'results', 'records.json');
await mkdir(join('bench', 'results'), { recursive: true });
await writeFile(
  file,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), ...results }, null, 2)}\n`,
);
console.log(
  `SQLite: ratio to the raw floor ${(results.sqlite as { ratioToFloor: number }).ratioToFloor} (target ≤ 1.5).`,
);
if (results.postgresql) {
  const { ratioToCopyPlusUpsert, ratioToCopy } = results.postgresql as {
    ratioToCopyPlusUpsert: number;
    ratioToCopy: number;
  };
  console.log(
    `PostgreSQL: ratio to COPY + upsert ${ratioToCopyPlusUpsert} (target ≤ 2), to plain COPY ${ratioToCopy}.`,
  );
}
console.log(`Written to ${file}.`);
