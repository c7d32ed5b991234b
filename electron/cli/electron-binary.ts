import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The installed Electron binary's path, or null where its download could not be made. Reads
 * the package's path.txt instead of `require('electron')`, which would start a download.
 */
export function findElectronBinary(): string | null {
  try {
    const packageDir = dirname(createRequire(__filename).resolve('electron/package.json'));
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const pathFile = join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(
      override ?? join(packageDir, 'dist'),
      readFileSync(pathFile, 'utf8').trim(),
    );
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
