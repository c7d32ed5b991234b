import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockFileName } from '../storage/data-folder-lock';
import { sqliteWorkerFromSource } from '../test-support/record-stores';
import { sandboxWorkerFromSource } from '../test-support/sandbox-worker';
import { openTempConsole, type TempConsole } from '../test-support/temp-console';
import { createConsoleCore } from './composition-root';

/** DESIGN.md: one console per data folder, the second refused with a message naming the first. */
let first: TempConsole | null = null;
afterEach(async () => {
  await first?.dispose();
  first = null;
});

const secondOn = (dataDir: string) =>
  createConsoleCore({
    dataDir,
    sqliteWorker: sqliteWorkerFromSource,
    sandboxWorker: sandboxWorkerFromSource,
    log: () => undefined,
  });

const lockOf = async (dataDir: string) =>
  JSON.parse(await readFile(join(dataDir, lockFileName), 'utf8')) as Record<string, unknown>;

describe('one console per data folder', () => {
  it('refuses a second console, naming the running one and how to reach it, and changes nothing', async () => {
    first = await openTempConsole({ loggedOn: true });
    await first.core.announce('the browser host at http://127.0.0.1:41234/');
    const config = await readFile(join(first.dataDir, 'config.json'), 'utf8');
    await expect(secondOn(first.dataDir)).rejects.toThrow(
      new RegExp(
        `^Another console is using the data folder .*: process ${process.pid}, started .*\\. Use that one \\(the browser host at http://127\\.0\\.0\\.1:41234/\\), or stop it first\\.$`,
      ),
    );
    expect(await readFile(join(first.dataDir, 'config.json'), 'utf8')).toBe(config);
    expect(await lockOf(first.dataDir)).toMatchObject({ pid: process.pid });
    expect(first.core.session.status().operator?.name).toBe('admin');
  });

  it('frees the folder when the console closes, for the next one', async () => {
    first = await openTempConsole({ loggedOn: false });
    const { dataDir } = first;
    await first.core.close();
    const next = await secondOn(dataDir);
    expect(await lockOf(dataDir)).toMatchObject({ pid: process.pid });
    await next.close();
    await expect(readFile(join(dataDir, lockFileName))).rejects.toThrow(/ENOENT/);
    first = { ...first, dispose: () => rm(dataDir, { recursive: true, force: true }) };
  });

  it('takes over the lock of a console that died, and one cut short while writing it', async () => {
    first = await openTempConsole({ loggedOn: false });
    const { dataDir } = first;
    await first.core.close();
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const stale = {
      pid: gone,
      host: hostname(),
      startedAt: '2026-01-01T00:00:00.000Z',
      reach: 'x',
    };
    for (const content of [JSON.stringify(stale), '{"pid": 12']) {
      await writeFile(join(dataDir, lockFileName), content);
      const next = await secondOn(dataDir);
      expect(await lockOf(dataDir)).toMatchObject({ pid: process.pid });
      await next.close();
    }
    first = { ...first, dispose: () => rm(dataDir, { recursive: true, force: true }) };
  });
});
