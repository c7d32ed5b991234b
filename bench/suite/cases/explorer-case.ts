import { explorerFigures } from '../../explorer-bench';
import type { Contestant } from '../case-result';
import type { SuiteCase } from '../suite-case';

const targetMs = 200;

/** One engine's jump as a contestant row: its time is the jump's, no records are moved. */
async function jumpOn(
  engine: 'SQLite' | 'PostgreSQL',
  rows: number,
  databaseUrl: string | null,
): Promise<Contestant> {
  console.log(`  data explorer on ${engine} (Chromium, browser host)…`);
  // The jump alone: the sort by Email is the explorer suite's.
  const f = await explorerFigures(rows, databaseUrl, { sort: false });
  return {
    name: `console explorer, ${engine}`,
    role: 'console',
    records: 0,
    seconds: Math.round(f.jumpMs) / 1000,
    recordsPerSecond: 0,
    peakRssMb: null,
    worstEventLoopDelayMs: null,
    cpuSeconds: null,
    note: `jump to row ${f.jumpRow.toLocaleString('en')}: ${f.jumpMs} ms; open: ${f.openFirstRowsMs} ms; other jumps (${Object.keys(f.jumpsMs).join(', ')}): ${Object.values(f.jumpsMs).join(' / ')} ms`,
  };
}

/**
 * The data explorer's jump to row 900,000 of 1,000,000, measured in Chromium as
 * `npm run bench -- explorer` does: on SQLite, and on PostgreSQL when `--database-url` is given.
 */
export const explorerJump: SuiteCase = {
  name: 'explorer-jump',
  title: 'Data explorer, jump to 90 % of the Recipients',
  latency: 'off',
  defaultRows: 1_000_000,
  run: async (_dir, rows, _rounds, options) => [
    await jumpOn('SQLite', rows, null),
    ...(options.databaseUrl ? [await jumpOn('PostgreSQL', rows, options.databaseUrl)] : []),
  ],
  target: (result) => {
    const jumps = result.contestants.map(
      (c) => `${c.name.replace('console explorer, ', '')} ${Math.round(c.seconds * 1000)} ms`,
    );
    return {
      text: `≤ ${targetMs} ms on every engine measured`,
      figure: jumps.join(', '),
      met: result.contestants.every((c) => c.seconds * 1000 <= targetMs),
    };
  },
};
