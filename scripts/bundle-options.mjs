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
