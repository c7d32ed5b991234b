// Electron's own install script downloads its binary from the internet. Where that is not
// reachable the console still installs: `npm start` falls back to the browser host.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';

const require = createRequire(import.meta.url);
let installScript;
try {
  installScript = require.resolve('electron/install.js');
} catch {
  process.exit(0);
}
if (!existsSync(installScript)) process.exit(0);

const result = spawnSync(process.execPath, [installScript], { stdio: 'inherit', timeout: 300_000 });
if (result.status !== 0) {
  console.warn(
    'Electron binary not installed (download unavailable); `npm start` will use the browser host.',
  );
}
