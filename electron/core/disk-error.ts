import { isInstance } from './is-instance';
import { msg, type ConsoleMessage } from '../../shared/i18n/message';
import { ConsoleError } from './console-error';

/** The file-system errors that say the disk refuses writes, not that the console went wrong. */
const problems: Record<string, () => ConsoleMessage> = {
  EROFS: () => msg('messages:disk.problem.readOnly'),
  ENOSPC: () => msg('messages:disk.problem.full'),
  EDQUOT: () => msg('messages:disk.problem.quota'),
  EACCES: () => msg('messages:disk.problem.permission'),
  EPERM: () => msg('messages:disk.problem.notPermitted'),
  EIO: () => msg('messages:disk.problem.inputOutput'),
};

/** What the disk said, in words, when `error` is such a refusal; null otherwise. */
export function diskProblemOf(error: unknown): ConsoleMessage | null {
  if (typeof error !== 'object' || error === null) return null;
  try {
    const code: unknown = Reflect.get(error, 'code');
    const problem =
      typeof code === 'string' && Object.hasOwn(problems, code) ? problems[code] : null;
    return problem ? problem() : null;
  } catch {
    // A revoked Proxy or a throwing getter: whatever it is, not a disk's answer.
    return null;
  }
}

/**
 * The data folder cannot be written. Work that met it is suspended, not failed: it can be
 * resumed once the folder is writable again. The message names the folder, never a temp file.
 */
export class DiskError extends ConsoleError {
  constructor(
    readonly folder: string,
    problem: ConsoleMessage,
  ) {
    super('DISK_UNAVAILABLE', msg('messages:disk.unwritable', { folder, problem }));
    this.name = 'DiskError';
  }
}

/** `error` as a DiskError on `folder` when the disk refused; else `error` itself. */
export function asDiskError(error: unknown, folder: string): unknown {
  const problem = diskProblemOf(error);
  if (problem === null) return error;
  return isDiskError(error) ? error : new DiskError(folder, problem);
}

export const isDiskError = (value: unknown): value is DiskError => isInstance(value, DiskError);
