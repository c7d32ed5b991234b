import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The installed Electron binary's path, or null where its download could not be made. */
export function findElectronBinary(): string | null {
  try {
    const path: unknown = createRequire(__filename)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
