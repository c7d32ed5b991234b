import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { nodeBundleOptions } from '../../../../scripts/bundle-options.mjs';

const root = fileURLToPath(new URL('../../../..', import.meta.url));

/**
 * dist/start.cjs and the two workers it starts, bundled from their current source the way the
 * build does, into a folder under node_modules/.cache (so better-sqlite3 is found). The
 * renderer is a placeholder page: this test drives the service, not the interface (e2e does).
 */
export function bundleService(): { startCjs: string; dispose(): void } {
  const outdir = join(root, 'node_modules/.cache/crm-console', `service-${process.pid}`);
  buildSync({
    ...nodeBundleOptions,
    absWorkingDir: root,
    entryPoints: {
      start: 'electron/cli/start.ts',
      'sqlite-worker': 'electron/storage/records/sqlite/sqlite-worker.ts',
      'sandbox-worker': 'electron/services/sandbox/sandbox-worker.ts',
    },
    outdir,
    outExtension: { '.js': '.cjs' },
    sourcemap: false,
  });
  mkdirSync(join(outdir, 'renderer'), { recursive: true });
  writeFileSync(join(outdir, 'renderer', 'index.html'), '<!doctype html><title>Console</title>');
  return {
    startCjs: join(outdir, 'start.cjs'),
    dispose: () => rmSync(outdir, { recursive: true, force: true }),
  };
}
