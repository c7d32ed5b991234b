import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileError } from '../storage/data-file-error';
import { createConsoleCore } from '../app/composition-root';
import { startBrowserHost } from './browser-host';

export interface RunOptions {
  dataDir: string;
  port: number;
  rendererDir: string;
}

/** Starts the services and the browser host, prints the address, and stops on a signal. */
export async function runBrowserHost(options: RunOptions): Promise<void> {
  if (!existsSync(join(options.rendererDir, 'index.html')))
    throw new DataFileError(
      options.rendererDir,
      'the interface is not built; run `npm run build`.',
    );
  const core = await createConsoleCore({ dataDir: options.dataDir });
  const host = await startBrowserHost({
    dispatcher: core.dispatcher,
    events: core.events,
    rendererDir: options.rendererDir,
    port: options.port,
  });
  console.log(`Console: ${host.url}`);
  const stop = () => {
    void host.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
