import type { RunView } from '../../../shared/domain/workflows/run-views';

const settled = new Set(['done', 'failed', 'ignored']);

/** How far a run has gone: ended or not, then executions, settled activities, rows done. */
function progressKey(run: RunView): number[] {
  const activities = Object.values(run.activities);
  return [
    run.endedAt === null ? 0 : 1,
    activities.reduce((n, a) => n + a.executions, 0),
    activities.filter((a) => settled.has(a.state)).length,
    activities.reduce((n, a) => n + (a.progress?.done ?? 0), 0),
  ];
}

/**
 * Whether a run view is older than the one known. A control call's answer (Start, Pause...)
 * and the run's events travel apart: a short run's last events can come before the answer,
 * whose view of the run is then stale.
 */
export function isBehind(candidate: RunView, known: RunView): boolean {
  const a = progressKey(candidate);
  const b = progressKey(known);
  const differs = a.findIndex((v, i) => v !== b[i]);
  return differs !== -1 && (a[differs] ?? 0) < (b[differs] ?? 0);
}
