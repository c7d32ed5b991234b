// Builds the three Node/Electron bundles with esbuild and the renderer with Vite, into dist/.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['electron'],
  logLevel: 'warning',
};

await Promise.all([
  esbuild({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/main.cjs' }),
  // A sandboxed preload cannot require anything but Electron: everything else is bundled in.
  esbuild({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/preload.cjs' }),
  esbuild({ ...common, entryPoints: ['electron/cli/start.ts'], outfile: 'dist/start.cjs' }),
]);
await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
