import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The Salesforce CLI and the Node 22 it needs, both from the npm registry. */
export interface SfCli {
  /** Directories to put first on PATH: Node 22's and the CLI's `bin`. */
  path: string[];
  sf: string;
  version: string;
}

export type SfCliInstall = { ok: true; cli: SfCli } | { ok: false; reason: string };

/**
 * Installs `node@22` and `@salesforce/cli` into `dir` with npm (kept there, so a second run
 * reuses them), and checks that `sf --version` runs on that Node.
 */
export async function installSfCli(
  dir: string,
  log: (line: string) => void,
): Promise<SfCliInstall> {
  const nodeDir = join(dir, 'node22');
  const cliDir = join(dir, 'cli');
  const nodeBin = join(nodeDir, 'node_modules', '.bin');
  const cliBin = join(cliDir, 'node_modules', '.bin');
  try {
    await mkdir(dir, { recursive: true });
    for (const [prefix, spec, bin] of [
      [nodeDir, 'node@22', join(nodeBin, 'node')],
      [cliDir, '@salesforce/cli', join(cliBin, 'sf')],
    ] as const) {
      if (existsSync(bin)) continue;
      log(`Installing ${spec} into ${prefix} (a few minutes the first time)…`);
      await run('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', spec], {
        timeout: 15 * 60_000,
        maxBuffer: 64 * 1024 * 1024,
      });
    }
    const path = [nodeBin, cliBin];
    const { stdout } = await run(join(cliBin, 'sf'), ['--version'], {
      timeout: 120_000,
      env: { ...process.env, PATH: [...path, process.env.PATH ?? ''].join(':') },
    });
    return { ok: true, cli: { path, sf: join(cliBin, 'sf'), version: stdout.trim() } };
  } catch (error) {
    const text = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, reason: `the Salesforce CLI could not be installed or run (${text})` };
  }
}
