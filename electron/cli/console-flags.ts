import { parseArgs } from 'node:util';
import { isLatencyName, latencyNames, type LatencyName } from '../wiring/demo-emulators';

export interface ConsoleFlags {
  browser: boolean;
  /** Headless: workflows on PostgreSQL, JSON-lines log, the browser host for administration. */
  service: boolean;
  port: number;
  dataDir: string | null;
  databaseUrl: string | null;
  demoLatency: LatencyName;
  help: boolean;
}

export const flagsHelp = `Usage: npm start -- [--browser | --service] [--port N] [--data-dir DIR] [--database-url URL]
                    [--demo-latency off|lan|real]
   or: crm-console [the same flags]   (the bin of this package, once built)

  --browser        serve the console to a browser on 127.0.0.1 even where Electron is installed
  --service        run headless on a server: workflows run and resume on their own, the records
                   are kept in PostgreSQL (--database-url is required), the log is JSON lines on
                   stdout, and the browser host on 127.0.0.1 is there for administration
  --port N         the browser host's port (default: a free one)
  --data-dir DIR   where the console keeps its files (default: the platform's user-data folder;
                   the CRM_CONSOLE_DATA_DIR environment variable works too)
  --database-url URL  keep the platform's records in this PostgreSQL database instead of the
                   embedded SQLite file (or CRM_CONSOLE_DATABASE_URL)
  --demo-latency P the Demo accounts' CRMs answer at loopback speed (off, the default), as on a
                   LAN (lan) or as the real services do (real); or CRM_CONSOLE_DEMO_LATENCY`;

export class FlagError extends Error {}

/**
 * Reads the console's own flags. Unknown flags are ignored, since Electron and Chromium add
 * switches of their own to the same command line.
 */
export function parseConsoleFlags(argv: readonly string[], env: NodeJS.ProcessEnv): ConsoleFlags {
  const { values } = parseArgs({
    args: [...argv],
    strict: false,
    options: {
      browser: { type: 'boolean' },
      service: { type: 'boolean' },
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'database-url': { type: 'string' },
      'demo-latency': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  let port = 0;
  if (values.port !== undefined) {
    const text = String(values.port);
    port = Number(text);
    if (!/^\d+$/.test(text) || port > 65535)
      throw new FlagError(`--port expects a number from 0 to 65535, not '${text}'.`);
  }
  const dataDir = values['data-dir'] ?? env.CRM_CONSOLE_DATA_DIR;
  if (dataDir !== undefined && (typeof dataDir !== 'string' || dataDir.trim() === ''))
    throw new FlagError('--data-dir expects a folder path.');
  // An empty variable (as a unit file may leave it) counts as unset.
  const databaseUrl = values['database-url'] ?? (env.CRM_CONSOLE_DATABASE_URL || undefined);
  if (
    databaseUrl !== undefined &&
    (typeof databaseUrl !== 'string' || !/^postgres(ql)?:\/\//.test(databaseUrl))
  )
    throw new FlagError(
      '--database-url expects a PostgreSQL connection string (postgres://user@host:port/db).',
    );
  const service = values.service === true;
  if (service && values.browser === true)
    throw new FlagError(
      '--service and --browser cannot be used together: --service serves the browser host itself.',
    );
  if (service && databaseUrl === undefined)
    throw new FlagError(
      'Service mode keeps the records in PostgreSQL: give --database-url or set CRM_CONSOLE_DATABASE_URL.',
    );
  const demoLatency = values['demo-latency'] ?? env.CRM_CONSOLE_DEMO_LATENCY ?? 'off';
  if (typeof demoLatency !== 'string' || !isLatencyName(demoLatency))
    throw new FlagError(
      `--demo-latency expects one of ${latencyNames.join(', ')}, not '${String(demoLatency)}'.`,
    );
  return {
    browser: values.browser === true,
    service,
    port,
    dataDir: dataDir ?? null,
    databaseUrl: databaseUrl ?? null,
    demoLatency,
    help: values.help === true,
  };
}
