// Builds the Node/Electron bundles with esbuild, the renderer with Vite and the icons, into dist/.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { nodeBundleOptions, nodeBundles } from './bundle-options.mjs';
import { buildIcons } from './build-icons.mjs';

await Promise.all(
  Object.entries(nodeBundles).map(([entry, { outfile }]) =>
    esbuild({ ...nodeBundleOptions, entryPoints: [entry], outfile }),
  ),
);
await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
// After Vite, which empties dist/renderer, where the favicon goes.
await buildIcons();
