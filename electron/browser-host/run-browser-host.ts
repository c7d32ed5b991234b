import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileError } from '../storage/data-file-error';
import { createConsoleCore } from '../wiring/composition-root';
import type { LatencyName } from '../wiring/demo-emulators';
import { startBrowserHost } from './browser-host';
import type { SandboxWorkerEntry } from '../services/sandbox/sandbox-thread';
import type { SqliteWorkerEntry } from '../storage/records/sqlite/sqlite-record-store';
import { dataFolder } from '../core/data-folder';

export interface RunOptions {
  dataDir: string;
  databaseUrl: string | null;
  /** How far away the Demo accounts' CRMs seem (default `off`). */
  demoLatency?: LatencyName;
  sqliteWorker: SqliteWorkerEntry;
  sandboxWorker: SandboxWorkerEntry;
  port: number;
  rendererDir: string;
}

/** Refuses to serve a renderer that was never built. */
export function assertRendererBuilt(rendererDir: string): void {
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new DataFileError(rendererDir, 'the interface is not built; run `npm run build`.');
}

/** Starts the services and the browser host, prints the address, and stops on a signal. */
export async function runBrowserHost(options: RunOptions): Promise<void> {
  assertRendererBuilt(options.rendererDir);
  const core = await createConsoleCore({
    dataDir: options.dataDir,
    databaseUrl: options.databaseUrl,
    demoLatency: options.demoLatency,
    sqliteWorker: options.sqliteWorker,
    sandboxWorker: options.sandboxWorker,
  });
  const host = await startBrowserHost({
    dispatcher: core.dispatcher,
    events: core.events,
    rendererDir: options.rendererDir,
    exportsDir: join(options.dataDir, dataFolder.exports),
    port: options.port,
    log: core.log,
  });
  console.log(`Console: ${host.url}`);
  await core.announce(
    `the browser host at http://127.0.0.1:${host.port}/, whose address with its token was printed where it started`,
  );
  const stop = () => {
    void host
      .close()
      .then(() => core.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
