import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../../core/logger';
import { adminPassword, openTempConsole, type TempConsole } from '../../test-support/temp-console';
import { startBrowserHost, type BrowserHost } from '../browser-host';

export interface TestHost {
  t: TempConsole;
  host: BrowserHost;
  /** A stand-in for the built renderer (one index.html); exports are served from it too. */
  rendererDir: string;
  dispose(): Promise<void>;
}

/** A set-up console (admin not logged on) behind a browser host on a free port. */
export async function openTestHost(log?: Logger): Promise<TestHost> {
  const t = await openTempConsole({ loggedOn: false });
  await t.core.session.setUp({ instanceName: 'host_test', password: adminPassword });
  const rendererDir = await mkdtemp(join(tmpdir(), 'crm-console-renderer-'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>console</title>');
  const host = await startBrowserHost({
    dispatcher: t.core.dispatcher,
    events: t.core.events,
    rendererDir,
    exportsDir: rendererDir,
    port: 0,
    log: log ?? t.core.log,
  });
  return {
    t,
    host,
    rendererDir,
    dispose: async () => {
      await host.close();
      await t.dispose();
      await rm(rendererDir, { recursive: true, force: true });
    },
  };
}
