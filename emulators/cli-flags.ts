import { parseArgs } from 'node:util';
import { defaultDataDir } from '../electron/core/default-data-dir';
import { isLatencyName, latencyNames, type LatencyName } from './framework/latency/profile';

export interface EmulatorFlags {
  records: number;
  /** Salesforce listens on portBase, the next CRMs on portBase + 1, + 2; 0 picks free ports. */
  portBase: number;
  seed: number;
  dataDir: string;
  latency: LatencyName;
  help: boolean;
}

export const emulatorFlagsHelp = `Usage: npm run emulators -- [--records N] [--port-base N] [--seed N] [--data-dir DIR] [--latency off|lan|real]

Starts the CRM emulators on 127.0.0.1 and prints one JSON line with their login details.

  --records N      generated records per object (default 1000)
  --port-base N    Salesforce's port; the next emulators take the following ports
                   (default: free ports)
  --seed N         the data's seed: the same seed gives the same records (default 1)
  --data-dir DIR   where the CA, certificates and credentials live (default: the console's
                   data folder, or CRM_CONSOLE_DATA_DIR)
  --latency P      off (default): answers at loopback speed; lan: a LAN's round trip and
                   bandwidth; real: each CRM's round trip, server time, bandwidth and request
                   limits as published (see emulators/README.md)`;

export class EmulatorFlagError extends Error {}

function wholeNumber(
  flag: string,
  text: string | undefined,
  fallback: number,
  max: number,
): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) > max)
    throw new EmulatorFlagError(
      `--${flag} expects a whole number from 0 to ${max}, not '${text}'.`,
    );
  return Number(text);
}

export function parseEmulatorFlags(argv: readonly string[], env: NodeJS.ProcessEnv): EmulatorFlags {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      records: { type: 'string' },
      'port-base': { type: 'string' },
      seed: { type: 'string' },
      'data-dir': { type: 'string' },
      latency: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const dataDir = values['data-dir'] ?? env.CRM_CONSOLE_DATA_DIR ?? defaultDataDir(env);
  if (dataDir.trim() === '') throw new EmulatorFlagError('--data-dir expects a folder path.');
  const latency = values.latency ?? 'off';
  if (!isLatencyName(latency))
    throw new EmulatorFlagError(
      `--latency expects one of ${latencyNames.join(', ')}, not '${latency}'.`,
    );
  return {
    records: wholeNumber('records', values.records, 1000, 100_000_000),
    portBase: wholeNumber('port-base', values['port-base'], 0, 65533),
    seed: wholeNumber('seed', values.seed, 1, 2 ** 32 - 1),
    dataDir,
    latency,
    help: values.help === true,
  };
}
