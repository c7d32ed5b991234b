export interface Deferred<T = void> {
  promise: Promise<T>;
  resolve(value: T): void;
}

/** A promise settled by the test, to hold an activity at a known point. */
export function deferred<T = void>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Settles when `signal` aborts, rejecting with its reason, as a real long activity would. */
export function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
  });
}
