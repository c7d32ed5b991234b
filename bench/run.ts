import { mkdir, writeFile } from 'node:fs/promises';
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

/** `npm run bench -- records [--rows N] [--database-url URL]`: figures, printed and saved. */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    rows: { type: 'string' },
    recipients: { type: 'string', default: '10000' },
    'database-url': { type: 'string' },
  },
});
const suite = positionals[0] ?? 'records';
// Each suite loads its own modules: Playwright alone takes a second to load.
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
    ),
  );
}
if (suite === 'sandbox') {
  const { runSandboxBench } = await import('./sandbox-bench');
  process.exit(await runSandboxBench());
}
if (suite !== 'records') {
  console.error(`Unknown benchmark '${suite}'. Available: records, explorer, workflows, sandbox.`);
  process.exit(2);
}
const rows = Number(values.rows ?? '1000000');
// What an import writes at a time: about one CRM page or two.
const batch = 5_000;
const databaseUrl = values['database-url'] ?? process.env.CRM_CONSOLE_BENCH_DATABASE_URL ?? null;
const sqliteWorker = { file: join(process.cwd(), 'dist', 'sqlite-worker.cjs') };

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
    await pg.close();
    const ratio = (floorSeconds: number) => Math.round((upsert.seconds / floorSeconds) * 100) / 100;
    out.postgresql = {
      upsert,
      copyFloor: floor,
      ratioToCopyPlusUpsert: ratio(floor.copyPlusUpsert.seconds),
      ratioToCopy: ratio(floor.copyIntoTable.seconds),
      browse: pgBrowse,
    };
  }
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
