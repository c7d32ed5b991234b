import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { asDiskError } from '../../electron/core/disk-error';

const checkpointFile = 'checkpoint.json';

/** The checkpoint an execution left in its work folder; undefined when it wrote none. */
export function readCheckpointFile(workDir: string): unknown {
  let text: string;
  try {
    text = readFileSync(join(workDir, checkpointFile), 'utf8');
  } catch {
    return undefined;
  }
  return JSON.parse(text) as unknown;
}

/**
 * Checkpoints kept in a file in each execution's work folder, as the engine keeps them in the
 * run's folder: a resumed execution in another process reads what a killed one wrote, and a
 * folder that became unwritable stops the write as it would stop the engine's, with the same
 * DiskError the run store gives. A Map because
 * `executeStandalone` takes one; writes are synchronous, so the map's `set` is the write.
 */
export class FileCheckpoints extends Map<string, unknown> {
  override get(workDir: string): unknown {
    return super.has(workDir) ? super.get(workDir) : readCheckpointFile(workDir);
  }

  override set(workDir: string, value: unknown): this {
    // Temp file, flush, rename: a kill leaves the old checkpoint or the new one, never half.
    const file = join(workDir, checkpointFile);
    const temp = `${file}.tmp`;
    try {
      const fd = openSync(temp, 'w', 0o600);
      try {
        writeSync(fd, JSON.stringify(value));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, file);
    } catch (error) {
      throw asDiskError(error, workDir);
    }
    return super.set(workDir, value);
  }
}
