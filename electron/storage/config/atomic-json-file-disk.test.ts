import * as nodeFs from 'node:fs/promises';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiskError } from '../../core/disk-error';
import { AtomicJsonFile, type AtomicFileSystem } from './atomic-json-file';

/** Root ignores permissions here, so a file system that refuses as a full or read-only disk does. */
const refusing = (code: string): AtomicFileSystem => ({
  ...nodeFs,
  open: (() =>
    Promise.reject(
      Object.assign(new Error(`${code}: refused, open '/data/.config.json.1a2b.tmp'`), { code }),
    )) as typeof nodeFs.open,
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atomic-disk-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('a config file on a disk that refuses writes', () => {
  it.each([
    ['EROFS', 'it is read-only'],
    ['ENOSPC', 'the disk is full'],
    ['EACCES', 'permission is denied'],
  ])(
    'answers %s with the folder and the reason, and leaves the file as it was',
    async (code, why) => {
      const file = join(dir, 'config.json');
      await new AtomicJsonFile(file, (raw) => raw).write({ version: 1 });
      const failing = new AtomicJsonFile(file, (raw) => raw, refusing(code));
      const error = await failing.write({ version: 2 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DiskError);
      expect((error as DiskError).code).toBe('DISK_UNAVAILABLE');
      expect((error as DiskError).message).toBe(
        `The console cannot write to ${dir}: ${why}. Nothing was lost; make the folder writable, then try again.`,
      );
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 1 });
    },
  );
});
