/**
 * Waits `ms`; an abort of `signal`, before or during the wait, ends it at once with the
 * signal's reason (a reason that is not an Error becomes "Cancelled."). No listener outlives
 * the wait.
 */
export function abortableDelay(ms: number, signal?: AbortSignal): Promise<void> {
  const reason = () => (signal?.reason instanceof Error ? signal.reason : new Error('Cancelled.'));
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(reason());
    const aborted = () => {
      clearTimeout(timer);
      reject(reason());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', aborted);
      resolve();
    }, ms);
    signal?.addEventListener('abort', aborted, { once: true });
  });
}
