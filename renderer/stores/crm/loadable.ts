/** A value read from the service, with where its reading stands. */
export type Loadable<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; error: string };

export const idle = { status: 'idle' } as const;
export const loading = { status: 'loading' } as const;

export const ready = <T>(value: T): Loadable<T> => ({ status: 'ready', value });
export const failed = <T>(error: string): Loadable<T> => ({ status: 'failed', error });

/** The value once read, else undefined. */
export const valueOf = <T>(load: Loadable<T>): T | undefined =>
  load.status === 'ready' ? load.value : undefined;
