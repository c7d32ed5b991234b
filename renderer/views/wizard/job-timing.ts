/** 65_000 → "1:05", 3_725_000 → "1:02:05": how long a job ran, as a clock shows it. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/**
 * Time left, supposing the remaining steps go at the pace of those done: null while nothing is
 * done yet (no pace to go by) or when the total is unknown.
 */
export function estimateRemaining(
  elapsedMs: number,
  done: number,
  total: number | null,
): number | null {
  if (total === null || total <= 0 || done <= 0) return null;
  if (done >= total) return 0;
  return (elapsedMs * (total - done)) / done;
}

/** Progress as a fraction for the bar; null while the total is unknown. */
export function progressFraction(done: number, total: number | null): number | null {
  if (total === null || total <= 0) return null;
  return Math.min(1, Math.max(0, done / total));
}
