import { cp } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { certificateFiles, loadCertificates } from '../framework/certificates';

const certificateCache = fileURLToPath(
  new URL('../../node_modules/.cache/crm-console/emulator-certificates', import.meta.url),
);

/**
 * Puts a CA and server certificate made once per machine into a fresh data folder, sparing each
 * test file two RSA key generations. Should two test workers race on the cache, the emulator
 * finds the copied files inconsistent and makes its own: slower, never wrong.
 */
export async function seedCertificates(dataDir: string): Promise<void> {
  await loadCertificates(certificateCache);
  await cp(certificateFiles(certificateCache).dir, certificateFiles(dataDir).dir, {
    recursive: true,
  });
}
