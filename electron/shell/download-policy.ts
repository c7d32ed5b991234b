import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isExportFileName } from '../services/records/export-file-name';

/**
 * Whether a download the window starts may be saved: only one of the console's own CSV
 * exports, a file directly in the exports folder. Any other address (a page, a blob, another
 * folder, a name the export never writes) is cancelled.
 */
export function isOwnExport(url: string, exportsDir: string): boolean {
  let path: string;
  try {
    if (new URL(url).protocol !== 'file:') return false;
    path = resolve(fileURLToPath(url));
  } catch {
    return false;
  }
  return dirname(path) === resolve(exportsDir) && isExportFileName(basename(path));
}
