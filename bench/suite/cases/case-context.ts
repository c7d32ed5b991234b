import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SalesforceLogin } from '../../../electron/connectors/salesforce/salesforce-connector';
import type { LatencyName } from '../../../emulators/framework/latency/profile';
import {
  startEmulatorProcess,
  type DynamicsEmulatorLogin,
  type OracleEmulatorLogin,
} from '../../workflows/emulator-process';

/** The emulators of a case: Salesforce's login, and those of Dynamics 365 and Oracle. */
export interface SalesforceEmulator {
  login: SalesforceLogin;
  dynamics: DynamicsEmulatorLogin;
  oracle: OracleEmulatorLogin;
  caFile: string;
  /** The emulator process's CPU time so far, when the system tells it. */
  cpuSeconds(): number | null;
}

/** Runs `work` against the emulators in a process of their own, with `records` per object. */
export async function withEmulator<T>(
  dir: string,
  records: number,
  latency: LatencyName,
  work: (emulator: SalesforceEmulator) => Promise<T>,
): Promise<T> {
  console.log(
    `  starting the emulators with ${records.toLocaleString('en')} records per object, latency ${latency}…`,
  );
  const emulator = await startEmulatorProcess(join(dir, 'emulator'), records, latency);
  try {
    const caFile = join(dir, 'ca.pem');
    await writeFile(caFile, emulator.caPem);
    const { login, dynamics, oracle } = emulator;
    return await work({ login, dynamics, oracle, caFile, cpuSeconds: () => emulator.cpuSeconds() });
  } finally {
    await emulator.stop();
  }
}

/** A fresh folder for one contestant inside the case's folder. */
export async function contestantDir(dir: string, name: string): Promise<string> {
  const path = join(dir, name);
  await mkdir(path, { recursive: true });
  return path;
}
