import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertRendererBuilt, type RunOptions } from '../../browser-host/run-browser-host';
import { startBrowserHost } from '../../browser-host/browser-host';
import { systemClock } from '../../core/clock';
import { dataFolder } from '../../core/data-folder';
import { describeThrown } from '../../core/describe-thrown';
import { createConsoleCore, type ConsoleCore } from '../../wiring/composition-root';
import { logConsoleEvents } from './log-console-events';
import { openServiceLog, type ServiceLog } from './service-log';

export interface ServiceOptions extends RunOptions {
  databaseUrl: string;
}

/**
 * Service mode: the console without a window, for a server. Workflows run and their
 * Schedulers fire; a run the last stop interrupted resumes; the log is JSON lines on stdout;
 * the browser host listens on 127.0.0.1 for administration through an SSH tunnel. SIGTERM or
 * SIGINT stops it cleanly: runs under way are interrupted, to resume at the next start.
 */
export async function runService(options: ServiceOptions): Promise<void> {
  assertRendererBuilt(options.rendererDir);
  const log = openServiceLog(systemClock);
  // A stop asked for while starting is carried out once started, not by Node's default exit.
  let stopAsked: NodeJS.Signals | null = null;
  const askStop = (signal: NodeJS.Signals) => void (stopAsked ??= signal);
  process.on('SIGTERM', askStop);
  process.on('SIGINT', askStop);
  const core = await createConsoleCore({
    dataDir: options.dataDir,
    databaseUrl: options.databaseUrl,
    sqliteWorker: options.sqliteWorker,
    sandboxWorker: options.sandboxWorker,
    log: log.failure,
  });
  logConsoleEvents(core.events, log);
  const host = await startBrowserHost({
    dispatcher: core.dispatcher,
    events: core.events,
    rendererDir: options.rendererDir,
    exportsDir: join(options.dataDir, dataFolder.exports),
    port: options.port,
    log: log.failure,
  });
  const address = `http://127.0.0.1:${host.port}/`;
  // The token opens the API to whoever has it: it goes to a file only the service's user reads.
  const addressFile = join(options.dataDir, dataFolder.browserHostAddress);
  // Written anew: a file a crash left behind keeps its mode otherwise.
  await rm(addressFile, { force: true });
  await writeFile(addressFile, `${host.url}\n`, { mode: 0o600, flag: 'wx' });
  await core.announce(`the service whose browser host is at ${address}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.write('info', 'stopping', `${signal}: stopping; runs under way are interrupted.`);
    stopService(core, () => host.close(), addressFile, log).then(
      () => process.exit(0),
      (error: unknown) => {
        log.failure('The service could not stop cleanly', error);
        process.exit(1);
      },
    );
  };
  process.off('SIGTERM', askStop);
  process.off('SIGINT', askStop);
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  log.write(
    'info',
    'listening',
    `Browser host on ${address}; its address with the token is in ${addressFile}.`,
    {
      port: host.port,
      addressFile,
      dataDir: options.dataDir,
    },
  );
  if (stopAsked) return stop(stopAsked);
  await resumeInterrupted(core, log);
  log.write('info', 'ready', 'Service running.');
}

/** Resumes the runs the last stop (or crash) interrupted, as the operator would. */
async function resumeInterrupted(core: ConsoleCore, log: ServiceLog): Promise<void> {
  for (const { name, lastRun } of core.workflows.list()) {
    if (lastRun?.status !== 'interrupted') continue;
    try {
      await core.workflowEngine.resume(lastRun.id);
    } catch (error) {
      log.write(
        'warn',
        'resume-refused',
        `Workflow '${name}': run not resumed. ${describeThrown(error)}`,
        {
          workflow: name,
          runId: lastRun.id,
        },
      );
    }
  }
}

async function stopService(
  core: ConsoleCore,
  closeHost: () => Promise<void>,
  addressFile: string,
  log: ServiceLog,
): Promise<void> {
  const running = core.workflows
    .list()
    .filter((w) => core.workflowEngine.isRunning(w.name))
    .map((w) => w.lastRun?.id)
    .filter((id): id is string => id !== undefined);
  await closeHost();
  await core.close();
  await rm(addressFile, { force: true });
  log.write('info', 'stopped', 'Service stopped.', { interrupted: running });
}
