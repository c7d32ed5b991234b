import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { nodeBundleOptions } from '../../scripts/bundle-options.mjs';
import { SandboxPool } from '../services/sandbox/sandbox-pool';
import type { SandboxWorkerEntry } from '../services/sandbox/sandbox-thread';

/**
 * The sandbox worker bundled from its current source, the way the build does it. Written to a
 * temporary name and renamed, so that test files bundling at once never load a half-written file.
 */
function bundleSandboxWorker(): string {
  const outfile = fileURLToPath(
    new URL('../../node_modules/.cache/crm-console/sandbox-worker.cjs', import.meta.url),
  );
  const [output] = buildSync({
    ...nodeBundleOptions,
    entryPoints: [fileURLToPath(new URL('../services/sandbox/sandbox-worker.ts', import.meta.url))],
    outfile,
    sourcemap: false,
    write: false,
  }).outputFiles;
  if (!output) throw new Error('esbuild gave no sandbox worker bundle');
  mkdirSync(dirname(outfile), { recursive: true });
  const temporary = `${outfile}.${process.pid}`;
  writeFileSync(temporary, output.contents);
  renameSync(temporary, outfile);
  return outfile;
}

export const sandboxWorkerFromSource: SandboxWorkerEntry = { file: bundleSandboxWorker() };

/** A pool on the worker bundled from source; close it after the tests. */
export function openTestSandbox(): SandboxPool {
  return new SandboxPool(sandboxWorkerFromSource);
}
