#!/usr/bin/env node
// Runs the Playwright suite: finds (or obtains) a Chromium first, then `playwright test` with
// the arguments given, and exits with its code. E2E_TARGET=electron needs no browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const debianChromium = '/usr/bin/chromium';
const require = createRequire(import.meta.url);
const playwrightCli = require.resolve('@playwright/test/cli');

function run(command, args, env = process.env) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
}

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** The environment for Playwright, or null when no browser could be found or installed. */
function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { ...process.env };
    console.error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return null;
  }
  if (existsSync(debianChromium)) return { ...process.env, CHROMIUM_PATH: debianChromium };

  if (process.getuid?.() === 0 && commandExists('apt-get')) {
    console.log("No Chromium found: installing Debian's chromium package.");
    const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (
      run('apt-get', ['update'], aptEnv) &&
      run('apt-get', ['install', '-y', 'chromium'], aptEnv) &&
      existsSync(debianChromium)
    )
      return { ...process.env, CHROMIUM_PATH: debianChromium };
    console.warn('Installing chromium with apt-get failed.');
  }

  console.log("Trying Playwright's own Chromium (npx playwright install chromium).");
  // playwright.config.ts falls back to Playwright's browser when neither path above exists.
  if (run(process.execPath, [playwrightCli, 'install', 'chromium'])) return { ...process.env };
  return null;
}

const env = process.env.E2E_TARGET === 'electron' ? { ...process.env } : findBrowser();
if (!env) {
  console.error(
    [
      'No Chromium for the end-to-end tests. Do one of:',
      '  sudo apt-get install -y chromium            # Debian / Ubuntu',
      '  npx playwright install chromium             # Playwright’s own build',
      '  CHROMIUM_PATH=/path/to/chromium npm run test:e2e',
    ].join('\n'),
  );
  process.exit(1);
}

const child = spawn(process.execPath, [playwrightCli, 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
