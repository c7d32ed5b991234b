import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportJournal, journalDiskError } from './export-journal';
import { frenchText } from '../../../../test-support/french-text';

/**
 * A journal whose folder cannot be written (found by the fault matrix, `npm run faults`):
 * the administrator reads the folder, the cause and what to do, never Node's "EPERM: …, write".
 */
let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'crm-journal-disk-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** `chattr +i` stops root too, where the filesystem allows it (ext4 does, tmpfs does not). */
function immutable(folder: string, on: boolean): boolean {
  try {
    execFileSync('chattr', ['-R', on ? '+i' : '-i', folder], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

describe('export journal on a disk that refuses writes', () => {
  it('words each cause an administrator can act on, naming the folder', () => {
    const path = '/data/run/task/export-journal.jsonl';
    const message = (code: string) => journalDiskError(path, { code, message: 'x' }).message;
    expect(message('EROFS')).toBe(
      'Cannot write the journal of this execution in /data/run/task: the disk is read-only. Make the folder writable (or free some space), then resume the run.',
    );
    expect(message('ENOSPC')).toContain(': the disk is full.');
    expect(message('EACCES')).toContain(': the folder is not writable (permission denied).');
    expect(message('EPERM')).toContain(': the folder is not writable (operation not permitted).');
    expect(journalDiskError(path, new Error('odd')).message).toContain(
      ': it cannot be written (odd).',
    );
    expect(frenchText(journalDiskError(path, { code: 'EROFS' }).text)).toBe(
      "Impossible d'écrire le journal de cette exécution dans /data/run/task : le disque est en lecture seule. Rendez le dossier accessible en écriture (ou libérez de l'espace), puis reprenez l'exécution.",
    );
  });

  it('refuses a journal it cannot open with that message', async () => {
    const path = join(root, 'export-journal.jsonl');
    await mkdir(path);
    await expect(ExportJournal.open(path)).rejects.toThrow(
      `Cannot write the journal of this execution in ${root}: it cannot be written (EISDIR`,
    );
  });

  it('stops an append in a folder made immutable, and appends again once it is writable', async () => {
    const path = join(root, 'export-journal.jsonl');
    const journal = await ExportJournal.open(path);
    const entry = { kind: 'done' as const, batch: 0, results: [] };
    if (!immutable(root, true)) return; // chattr refused here: nothing more to show.
    try {
      await expect(journal.append(entry)).rejects.toThrow(
        `Cannot write the journal of this execution in ${root}: the folder is not writable (operation not permitted).`,
      );
    } finally {
      immutable(root, false);
    }
    await journal.append(entry);
    await journal.close();
    expect((await ExportJournal.open(path)).entries).toEqual([entry]);
  });
});
