import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeThrown } from '../../electron/core/describe-thrown';

/**
 * A folder no one may write, root included: `chattr +i` on it and on everything in it (as root,
 * `chmod` stops nothing). Only the work folder is made immutable, never the record store's
 * files: SQLite maps its `-shm` file, and writing to an immutable mapping ends the process
 * with SIGBUS.
 */
export function setImmutable(folder: string, immutable: boolean): void {
  execFileSync('chattr', ['-R', immutable ? '+i' : '-i', folder], { stdio: 'pipe' });
}

/** Null when an immutable folder can be made here; else why not. */
export function immutableFoldersProblem(): string | null {
  const folder = mkdtempSync(join(tmpdir(), 'crm-faults-probe-'));
  try {
    setImmutable(folder, true);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    return `chattr +i is refused here (${describeThrown(error).split('\n')[0] ?? ''})`;
  }
  try {
    writeFileSync(join(folder, 'probe'), 'x');
    return 'a file could still be written in a folder marked immutable';
  } catch {
    return null;
  } finally {
    setImmutable(folder, false);
    rmSync(folder, { recursive: true, force: true });
  }
}
