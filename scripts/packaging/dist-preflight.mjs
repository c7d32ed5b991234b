// Runs before `npm run dist`: electron-builder downloads the Electron build it packages, and
// where that cannot be had it fails with a stack trace. This says what is missing in one line.
import { readFile } from 'node:fs/promises';
import { downloadArtifact } from '@electron/get';

const { version } = JSON.parse(
  await readFile(new URL('../../node_modules/electron/package.json', import.meta.url), 'utf8'),
);
const { platform, arch } = process;

try {
  // The same cache as electron-builder's: once this succeeds, its own download is a cache hit.
  await downloadArtifact({ version, artifactName: 'electron', platform, arch });
} catch (error) {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const reason =
    (cause && typeof cause === 'object' && 'code' in cause && String(cause.code)) ||
    (cause instanceof Error ? cause.message : String(cause));
  console.error(
    `npm run dist needs the Electron ${version} build for ${platform}-${arch}, which could not be downloaded (${reason}); set ELECTRON_MIRROR to a mirror this machine can reach and run it again.`,
  );
  process.exit(1);
}
