#!/usr/bin/env node
// Runs the unit suite a second time with the system clock a year and a half ahead (libfaketime)
// and in a far time zone, so a hidden dependence on today's date or on UTC fails. Finds (or,
// as root with apt-get, installs) Debian's faketime; checks the clock really moved.
import { spawnSync } from 'node:child_process';

const offsetDays = 548;
// 12:45 ahead of UTC, 13:45 in summer: a 45-minute offset and daylight saving.
const zone = 'Pacific/Chatham';
// Kills child processes at random points; runs on the system's clock by design.
const excluded = [
  'electron/services/workflows/activities/crm-connector/crm-connector-crash.test.ts',
];

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function obtainFaketime() {
  if (commandExists('faketime')) return true;
  if (process.getuid?.() !== 0 || !commandExists('apt-get')) return false;
  console.log("No faketime found: installing Debian's faketime package.");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  return apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'faketime']);
}

if (!obtainFaketime()) {
  console.error('The moved-clock pass needs libfaketime: sudo apt-get install -y faketime');
  process.exit(1);
}

// The record-store suite's PostgreSQL pass is left to the first run: it adds time, not dates.
const env = { ...process.env, TZ: zone };
delete env.CRM_CONSOLE_TEST_DATABASE_URL;
const faked = ['faketime', '-f', `+${offsetDays}d`];

const probe = spawnSync(faked[0], [...faked.slice(1), process.execPath, '-p', 'Date.now()'], {
  env,
  encoding: 'utf8',
});
const movedBy = (Number(probe.stdout.trim()) - Date.now()) / 86_400_000;
if (!(Math.abs(movedBy - offsetDays) < 1)) {
  console.error(`faketime did not move the clock (moved by ${movedBy} days): ${probe.stderr}`);
  process.exit(1);
}
console.log(`Unit tests with the clock ${offsetDays} days ahead, in ${zone}.`);

const vitest = [process.execPath, 'node_modules/vitest/vitest.mjs', 'run'];
const args = [...faked.slice(1), ...vitest, ...excluded.flatMap((file) => ['--exclude', file])];
const result = spawnSync(faked[0], [...args, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
