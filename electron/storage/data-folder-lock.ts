import { hostname } from 'node:os';
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Clock } from '../core/clock';

/** Who holds a data folder: enough for a second console to say which one, and where. */
const holderSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  startedAt: z.string(),
  /** How to reach it: the browser host's address (without its token), or "its window". */
  reach: z.string(),
});
export type LockHolder = z.infer<typeof holderSchema>;

export const lockFileName = 'console.lock';

/** A second console on a data folder in use: the message names the running one. */
export class DataFolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `Another console is using the data folder ${dataDir}: process ${holder.pid}, started ${holder.startedAt}. ` +
        `Use that one (${holder.reach}), or stop it first.`,
    );
    this.name = 'DataFolderInUseError';
  }
}

export interface DataFolderLock {
  /** Says how to reach this console, for a second one to tell its administrator. */
  describe(reach: string): Promise<void>;
  release(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(file: string): Promise<LockHolder | null> {
  try {
    const parsed = holderSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes the holder to a file of its own, then links it in place: it appears whole or not at all. */
async function tryCreate(file: string, holder: LockHolder): Promise<boolean> {
  const temp = `${file}.${holder.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(holder)}\n`, { mode: 0o600 });
  try {
    await link(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
}

/**
 * Takes the data folder for this process alone (DESIGN.md: one console per data folder). A lock
 * left by a console that died — its process gone, on this machine — is taken over; a lock file
 * that does not parse is one such console's, cut short while writing it.
 */
export async function lockDataFolder(dataDir: string, clock: Clock): Promise<DataFolderLock> {
  const file = join(dataDir, lockFileName);
  const own: LockHolder = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date(clock.now()).toISOString(),
    reach: 'its window or browser tab',
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await tryCreate(file, own)) return heldLock(file, own);
    const holder = await readHolder(file);
    const stale = holder === null || (holder.host === own.host && !alive(holder.pid));
    if (!stale) throw new DataFolderInUseError(dataDir, holder);
    await rm(file, { force: true });
  }
  throw new Error(`Could not lock the data folder ${dataDir}: its lock file keeps changing.`);
}

function heldLock(file: string, own: LockHolder): DataFolderLock {
  let holder = own;
  const stillOurs = async () => (await readHolder(file))?.pid === own.pid;
  return {
    describe: async (reach) => {
      holder = { ...holder, reach };
      if (!(await stillOurs())) return;
      const temp = `${file}.${own.pid}.tmp`;
      await writeFile(temp, `${JSON.stringify(holder)}\n`, { mode: 0o600 });
      await rename(temp, file);
    },
    release: async () => {
      if (await stillOurs()) await rm(file, { force: true });
    },
  };
}
