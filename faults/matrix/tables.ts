import { operations } from '../crms/crm-under-test';
import { faultLabels, faultNames, operationLabels } from './fault-kinds';
import type { CrashTrial, FaultCell } from './results';

/** A Markdown table with its columns padded, readable as printed. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${widths.map((w, i) => (cells[i] ?? '').padEnd(w)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const seconds = (s: number) => `${s < 10 ? s.toFixed(1) : Math.round(s)} s`;

/** What is wrong with a cell that ran: empty when it is right. */
export function faultFindings(cell: FaultCell): string[] {
  if (cell.status !== 'run') return [];
  return [
    cell.outcome.startsWith('stopped') ? 'stopped' : '',
    cell.nothingLost === false ? 'LOST' : '',
    cell.nothingDuplicated === false ? 'DUPLICATED' : '',
    cell.countsRight === false ? 'WRONG COUNTS' : '',
    cell.clearErrors ? '' : 'RAW ERROR',
    cell.indexNeverAhead === false ? 'INDEX AHEAD' : '',
    cell.faultFired === false ? 'FAULT NEVER HIT' : '',
  ].filter(Boolean);
}

/** One cell of the grid: ✓ and how it got there, ✗ and what is wrong, or why it was not run. */
export function faultCellText(cell: FaultCell): string {
  if (cell.status === 'notApplicable') return 'n/a';
  if (cell.status === 'notPossible') return 'not possible here';
  const resumes = cell.attempts.length - 1;
  const how = [
    resumes > 0 ? `${resumes} resume${resumes === 1 ? '' : 's'}` : '',
    seconds(cell.seconds),
  ].filter(Boolean);
  const findings = faultFindings(cell);
  return findings.length ? `✗ ${[...findings, ...how].join(', ')}` : `✓ ${how.join(', ')}`;
}

/** The fault matrix: a row per CRM and operation, a column per fault. */
export function faultMatrixTable(cells: readonly FaultCell[]): string {
  const crms = [...new Set(cells.map((c) => c.crm))];
  const rows = crms.flatMap((crm) =>
    operations
      .filter((op) => cells.some((c) => c.crm === crm && c.operation === op))
      .map((op) => [
        crm,
        operationLabels[op],
        ...faultNames.map((fault) => {
          const cell = cells.find((c) => c.crm === crm && c.operation === op && c.fault === fault);
          return cell ? faultCellText(cell) : '';
        }),
      ]),
  );
  return markdownTable(['CRM', 'operation', ...faultNames.map((f) => faultLabels[f])], rows);
}

/** "n/m" of the trials where a check holds; "—" where it does not apply. */
function tally(trials: readonly CrashTrial[], pick: (t: CrashTrial) => boolean | null): string {
  const applicable = trials.map(pick).filter((v): v is boolean => v !== null);
  return applicable.length ? `${applicable.filter(Boolean).length}/${applicable.length}` : '—';
}

const engineLabels: Record<CrashTrial['engine'], string> = {
  sqlite: 'SQLite',
  postgresql: 'PostgreSQL',
  none: '—',
};

/** The crash matrix: a row per CRM, record store and operation, the checks tallied. */
export function crashMatrixTable(trials: readonly CrashTrial[]): string {
  const groups = new Map<string, CrashTrial[]>();
  for (const t of trials) {
    const key = `${t.crm}\u0000${t.engine}\u0000${t.operation}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const rows = [...groups.values()].map((group) => {
    const first = group[0] as CrashTrial;
    return [
      first.crm,
      engineLabels[first.engine],
      first.operation === 'configStore' ? 'config store write' : operationLabels[first.operation],
      String(group.length),
      tally(group, (t) => t.killed),
      String(group.reduce((n, t) => n + t.resumes, 0)),
      tally(group, (t) => t.completed),
      tally(group, (t) => t.endStateRight),
      tally(group, (t) => t.nothingLost),
      tally(group, (t) => t.nothingDuplicated),
      tally(group, (t) => t.indexNeverAhead),
      tally(group, (t) => t.configValid),
      seconds(group.reduce((s, t) => s + t.seconds, 0)),
    ];
  });
  return markdownTable(
    [
      'CRM',
      'store',
      'killed while',
      'trials',
      'killed',
      'resumes',
      'completed',
      'end state right',
      'nothing lost',
      'nothing duplicated',
      'LASTIMPORT_ never ahead',
      'config valid',
      'time',
    ],
    rows,
  );
}

/** Whether a crash trial shows a problem. */
export function crashFindings(t: CrashTrial): string[] {
  return [
    t.completed ? '' : 'did not complete',
    t.endStateRight === false ? 'end state differs' : '',
    t.nothingLost === false ? 'LOST' : '',
    t.nothingDuplicated === false ? 'DUPLICATED' : '',
    t.indexNeverAhead === false ? 'LASTIMPORT_ AHEAD' : '',
    t.configValid === false ? 'CONFIG INVALID' : '',
  ].filter(Boolean);
}
