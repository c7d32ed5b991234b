import { parseArgs } from 'node:util';
import { isLatencyName, latencyNames, type LatencyName } from '../wiring/demo-emulators';

export interface ConsoleFlags {
  browser: boolean;
  port: number;
  dataDir: string | null;
  databaseUrl: string | null;
  demoLatency: LatencyName;
  help: boolean;
}

export const flagsHelp = `Usage: npm start -- [--browser] [--port N] [--data-dir DIR] [--database-url URL] [--demo-latency off|lan|real]

  --browser        serve the console to a browser on 127.0.0.1 even where Electron is installed
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
  const databaseUrl = values['database-url'] ?? env.CRM_CONSOLE_DATABASE_URL;
  if (
    databaseUrl !== undefined &&
    (typeof databaseUrl !== 'string' || !/^postgres(ql)?:\/\//.test(databaseUrl))
  )
    throw new FlagError(
      '--database-url expects a PostgreSQL connection string (postgres://user@host:port/db).',
    );
  const demoLatency = values['demo-latency'] ?? env.CRM_CONSOLE_DEMO_LATENCY ?? 'off';
  if (typeof demoLatency !== 'string' || !isLatencyName(demoLatency))
    throw new FlagError(
      `--demo-latency expects one of ${latencyNames.join(', ')}, not '${String(demoLatency)}'.`,
    );
  return {
    browser: values.browser === true,
    port,
    dataDir: dataDir ?? null,
    databaseUrl: databaseUrl ?? null,
    demoLatency,
    help: values.help === true,
  };
}
