import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { SalesforceLogin } from '../../electron/connectors/salesforce/salesforce-connector';
import { certificateFiles, loadCertificates } from '../../emulators/framework/certificates';
import type { LatencyName } from '../../emulators/framework/latency/profile';

/** The one line `dist/emulators.cjs` prints once it listens. */
const readySchema = z.object({
  salesforce: z.object({
    loginUrl: z.string().url(),
    username: z.string(),
    password: z.string(),
    securityToken: z.string(),
    clientId: z.string(),
    clientSecret: z.string(),
  }),
  dynamics: z.object({
    serverUrl: z.string().url(),
    authority: z.string().url(),
    clientId: z.string(),
    username: z.string(),
    password: z.string(),
  }),
  oracle: z.object({
    serverUrl: z.string().url(),
    username: z.string(),
    password: z.string(),
    timeZone: z.string(),
  }),
  caFile: z.string(),
});

/** What a client needs to reach the Dynamics 365 and Oracle emulators of the process. */
export type DynamicsEmulatorLogin = z.infer<typeof readySchema>['dynamics'];
export type OracleEmulatorLogin = z.infer<typeof readySchema>['oracle'];

export interface EmulatorProcess {
  login: SalesforceLogin;
  dynamics: DynamicsEmulatorLogin;
  oracle: OracleEmulatorLogin;
  caPem: string;
  /** CPU time the emulator process has used so far (Linux: /proc); null where it cannot be read. */
  cpuSeconds(): number | null;
  stop(): Promise<void>;
}

/** A process's user and system time from /proc/<pid>/stat, in seconds (clock ticks of 1/100 s). */
function processCpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    // The fields after the command name (which may hold spaces) start at ')'.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').at(-1)?.trim().split(' ');
    const ticks = Number(fields?.[11]) + Number(fields?.[12]);
    return Number.isFinite(ticks) ? ticks / 100 : null;
  } catch {
    return null;
  }
}

/** The certificates the tests cache once per machine: spares two RSA key generations. */
const certificateCache = join(
  process.cwd(),
  'node_modules',
  '.cache',
  'crm-console',
  'emulator-certificates',
);

/**
 * The emulators (Salesforce, Dynamics 365, Oracle) in a process of their own, as a real CRM is remote: the figures then
 * hold only what the console's process spends (its CPU, heap and event loop), not the CRM's.
 */
export async function startEmulatorProcess(
  dataDir: string,
  records: number,
  latency: LatencyName = 'off',
): Promise<EmulatorProcess> {
  await loadCertificates(certificateCache);
  await cp(certificateFiles(certificateCache).dir, certificateFiles(dataDir).dir, {
    recursive: true,
  });
  const child = spawn(
    process.execPath,
    [
      join('dist', 'emulators.cjs'),
      ...['--records', String(records), '--data-dir', dataDir, '--latency', latency],
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`The emulator process ended before it was ready (exit code ${String(code)}).`);
  });
  const lines = createInterface({ input: child.stdout });
  const [line] = (await Promise.race([once(lines, 'line'), exited])) as [string];
  lines.close();
  exited.catch(() => undefined);
  const ready = readySchema.parse(JSON.parse(line));
  const sf = ready.salesforce;
  return {
    login: {
      loginUrl: sf.loginUrl,
      username: sf.username,
      password: sf.password + sf.securityToken,
      clientId: sf.clientId,
      clientSecret: sf.clientSecret,
      apiVersion: '49.0',
    },
    dynamics: ready.dynamics,
    oracle: ready.oracle,
    caPem: await readFile(ready.caFile, 'utf8'),
    cpuSeconds: () => processCpuSeconds(child.pid),
    stop: async () => {
      if (child.exitCode !== null) return;
      const ended = once(child, 'exit');
      child.kill('SIGTERM');
      await ended;
    },
  };
}
