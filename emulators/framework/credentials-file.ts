import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { z } from 'zod';
import { readTextIfExists, writeFileAtomic } from './private-files';

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
export async function loadCredentialsFile<T>(
  dataDir: string,
  name: string,
  schema: z.ZodType<T>,
  create: () => T,
  label: string,
): Promise<T> {
  const file = join(dataDir, 'emulators', `${name}.json`);
  const text = await readTextIfExists(file);
  if (text === null) {
    const credentials = create();
    await writeFileAtomic(file, `${JSON.stringify(credentials, null, 2)}\n`, { secret: true });
    return credentials;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON; fix or delete it.`);
  }
  const result = schema.safeParse(parsed);
  if (!result.success)
    throw new Error(`${file} does not hold ${label} emulator credentials; fix or delete it.`);
  return result.data;
}
