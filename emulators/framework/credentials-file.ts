import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { z } from 'zod';
import { loadSecretJson } from './private-files';

export const alphanumeric = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Random text for generated secrets. */
export function randomText(length: number, alphabet = alphanumeric): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

/**
 * An emulator's credentials, created once per data folder (random, kept readable by the user
 * alone in `<dataDir>/emulators/<name>.json`) so that accounts pointing at it keep working.
 * A corrupt file is an error, never silently replaced.
 */
export function loadCredentialsFile<T>(
  dataDir: string,
  name: string,
  schema: z.ZodType<T>,
  create: () => T,
  label: string,
): Promise<T> {
  const file = join(dataDir, 'emulators', `${name}.json`);
  return loadSecretJson(file, schema, create, `${label} emulator credentials`);
}
