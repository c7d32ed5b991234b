#!/usr/bin/env node
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { runBrowserHost } from '../browser-host/run-browser-host';
import { DataFileError } from '../storage/data-file-error';
import { DataFolderInUseError } from '../storage/data-folder-lock';
import { RecordStoreError } from '../storage/records/record-store';
import { FlagError, flagsHelp, parseConsoleFlags } from './console-flags';
import { defaultDataDir } from '../core/default-data-dir';
import { findElectronBinary } from './electron-binary';
import { runService } from './service/run-service';

/**
 * `npm start` and the `crm-console` command: the Electron window where its binary is installed,
 * else (or with --browser) the browser host; with --service, headless service mode. Bundled to
 * dist/start.cjs, beside main.cjs and renderer/.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const flags = parseConsoleFlags(argv, process.env);
  if (flags.help) {
    console.log(flagsHelp);
    return;
  }
  const workers = {
    sqliteWorker: { file: join(__dirname, 'sqlite-worker.cjs') },
    sandboxWorker: { file: join(__dirname, 'sandbox-worker.cjs') },
  };
  const dataDir = flags.dataDir ?? defaultDataDir(process.env);
  const rendererDir = join(__dirname, 'renderer');
  if (flags.service && flags.databaseUrl) {
    await runService({
      ...workers,
      dataDir,
      databaseUrl: flags.databaseUrl,
      port: flags.port,
      rendererDir,
    });
    return;
  }
  const electron = flags.browser ? null : findElectronBinary();
  if (electron) {
    const child = spawn(electron, [join(__dirname, 'main.cjs'), ...argv], { stdio: 'inherit' });
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
    return;
  }
  await runBrowserHost({
    ...workers,
    dataDir,
    port: flags.port,
    databaseUrl: flags.databaseUrl,
    rendererDir,
    demoLatency: flags.demoLatency,
  });
}

main().catch((error: unknown) => {
  // Known start-up problems are the administrator's to fix: say what, without a stack.
  if (
    error instanceof FlagError ||
    error instanceof DataFileError ||
    error instanceof DataFolderInUseError ||
    error instanceof RecordStoreError
  )
    console.error(error.message);
  else console.error(error);
  process.exit(1);
});
