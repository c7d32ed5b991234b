// Builds the Node/Electron bundles with esbuild, the renderer with Vite and the icons, into dist/.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { nodeBundleOptions } from './bundle-options.mjs';
import { buildIcons } from './build-icons.mjs';

const bundles = {
  'electron/shell/main.ts': 'dist/main.cjs',
  // A sandboxed preload cannot require anything but Electron: everything else is bundled in.
  'electron/shell/preload.ts': 'dist/preload.cjs',
  'electron/cli/start.ts': 'dist/start.cjs',
  'electron/storage/records/sqlite/sqlite-worker.ts': 'dist/sqlite-worker.cjs',
  'electron/services/sandbox/sandbox-worker.ts': 'dist/sandbox-worker.cjs',
  'electron/cli/seed-recipients.ts': 'dist/seed-recipients.cjs',
  'emulators/cli.ts': 'dist/emulators.cjs',
};

await Promise.all(
  Object.entries(bundles).map(([entry, outfile]) =>
    esbuild({ ...nodeBundleOptions, entryPoints: [entry], outfile }),
  ),
);
await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
// After Vite, which empties dist/renderer, where the favicon goes.
await buildIcons();
