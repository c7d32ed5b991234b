import { ConsoleError } from './console-error';

/** The file-system errors that say the disk refuses writes, not that the console went wrong. */
const problems: Record<string, string> = {
  EROFS: 'it is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission is denied',
  EPERM: 'the operation is not permitted (an immutable or locked file?)',
  EIO: 'the disk reports an input/output error',
};

/** What the disk said, in words, when `error` is such a refusal; null otherwise. */
export function diskProblemOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? (problems[code] ?? null) : null;
}

/**
 * The data folder cannot be written. Work that met it is suspended, not failed: it can be
 * resumed once the folder is writable again. The message names the folder, never a temp file.
 */
export class DiskError extends ConsoleError {
  constructor(
    readonly folder: string,
    problem: string,
  ) {
    super(
      'DISK_UNAVAILABLE',
      `The console cannot write to ${folder}: ${problem}. Nothing was lost; make the folder writable, then try again.`,
    );
    this.name = 'DiskError';
  }
}

/** `error` as a DiskError on `folder` when the disk refused; else `error` itself. */
export function asDiskError(error: unknown, folder: string): unknown {
  if (error instanceof DiskError) return error;
  const problem = diskProblemOf(error);
  return problem === null ? error : new DiskError(folder, problem);
}
