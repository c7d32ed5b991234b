/**
 * esbuild options shared by the build and the tests that run the bundled record-store worker.
 * Native and optional modules stay outside the bundle and load from node_modules.
 * @type {import('esbuild').BuildOptions}
 */
export const nodeBundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['electron', 'better-sqlite3', 'pg-native'],
  logLevel: 'warning',
};

/**
 * The Node/Electron bundles: entry → output. `packaged` marks those the installed app loads
 * (electron-builder.yml packs them); the others are for `npm start`, seeding and the emulators.
 * @type {Record<string, { outfile: string; packaged: boolean }>}
 */
export const nodeBundles = {
  'electron/shell/main.ts': { outfile: 'dist/main.cjs', packaged: true },
  // A sandboxed preload cannot require anything but Electron: everything else is bundled in.
  'electron/shell/preload.ts': { outfile: 'dist/preload.cjs', packaged: true },
  'electron/storage/records/sqlite/sqlite-worker.ts': {
    outfile: 'dist/sqlite-worker.cjs',
    packaged: true,
  },
  'electron/services/sandbox/sandbox-worker.ts': {
    outfile: 'dist/sandbox-worker.cjs',
    packaged: true,
  },
  'electron/cli/start.ts': { outfile: 'dist/start.cjs', packaged: false },
  'electron/cli/seed-recipients.ts': { outfile: 'dist/seed-recipients.cjs', packaged: false },
  'emulators/cli.ts': { outfile: 'dist/emulators.cjs', packaged: false },
};
