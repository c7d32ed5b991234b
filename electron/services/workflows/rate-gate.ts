/**
 * Lets through at most one call per `intervalMs` (leading edge): progress is reported far
 * more often than it is worth writing or sending. Hand-written: four lines, and it must follow
 * the engine's injected clock, which a library's timer-based throttle would not.
 */
export function rateGate(intervalMs: number, now: () => number): () => boolean {
  let last = Number.NEGATIVE_INFINITY;
  return () => {
    const at = now();
    if (at - last < intervalMs) return false;
    last = at;
    return true;
  };
}
