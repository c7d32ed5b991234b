import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConsoleCore, type ConsoleCore } from '../wiring/composition-root';
import { sqliteWorkerFromSource } from './record-stores';
import { sandboxWorkerFromSource } from './sandbox-worker';

export interface TempConsole {
  core: ConsoleCore;
  dataDir: string;
  dispose(): Promise<void>;
}

export const adminPassword = 'correct horse battery';

/** A console core on a fresh data dir; `loggedOn` also sets up the instance and logs admin on. */
export async function openTempConsole(options: { loggedOn: boolean }): Promise<TempConsole> {
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-console-test-'));
  const core = await createConsoleCore({
    dataDir,
    sqliteWorker: sqliteWorkerFromSource,
    sandboxWorker: sandboxWorkerFromSource,
    demoRecords: 200,
    log: () => undefined,
  });
  if (options.loggedOn) {
    await core.session.setUp({ instanceName: 'test_instance', password: adminPassword });
    await core.session.logOn({ operator: 'admin', password: adminPassword });
  }
  return {
    core,
    dataDir,
    dispose: async () => {
      await core.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
