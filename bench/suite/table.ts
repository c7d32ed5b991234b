import { consoleOf, type CaseResult } from './case-result';

const n = (value: number) => value.toLocaleString('en');

/**
 * A case as a text table: one line per contestant, the ratios and the target. Written by hand:
 * a few padded columns do not need a table library.
 */
export function caseTable(result: CaseResult): string {
  const header = [
    'contestant',
    'records',
    'seconds',
    'records/s',
    'CPU s',
    'peak RSS MB',
    'worst loop ms',
  ];
  const rows = result.contestants.map((c) => [
    `${c.name}${c.role === 'console' ? ' *' : c.role === 'reference' ? ' (ref.)' : ''}`,
    n(c.records),
    String(c.seconds),
    n(c.recordsPerSecond),
    c.cpuSeconds === null ? '–' : String(c.cpuSeconds),
    c.peakRssMb === null ? '–' : String(c.peakRssMb),
    c.worstEventLoopDelayMs === null ? '–' : String(c.worstEventLoopDelayMs),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  const { cpus, loadAverageAtStart, loadAverageAtEnd } = result.machine;
  const ratios = Object.entries(result.ratios).map(([name, r]) => `${r}× ${name}`);
  const notes = result.contestants
    .filter((c) => c.note !== undefined || c.emulatorCpuSeconds !== undefined)
    .map((c) => {
      const served =
        c.emulatorCpuSeconds === undefined
          ? []
          : [`the emulator spent ${c.emulatorCpuSeconds} CPU s serving it`];
      return `  ${c.name}: ${[...served, ...(c.note === undefined ? [] : [c.note])].join('; ')}`;
    });
  return [
    `${result.title} — latency ${result.latency}, ${n(result.rows)} rows, ${cpus} CPUs, load ${loadAverageAtStart} → ${loadAverageAtEnd}`,
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    ...(ratios.length ? [`console (*): ${ratios.join(', ')}`] : []),
    `target: ${result.target.text} — ${result.target.figure} — ${result.target.met ? 'met' : 'NOT met'}`,
    ...notes,
  ].join('\n');
}

/** One line per case for the summary at the end of a run. */
export function summaryLine(result: CaseResult): string {
  const subject = consoleOf(result);
  return `${result.name.padEnd(28)} ${n(subject.recordsPerSecond).padStart(9)} records/s  ${result.target.met ? 'met    ' : 'NOT met'}  ${result.target.figure}`;
}
