import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes a file atomically (temp file + rename), so that a crash never leaves half a key or
 * half a certificate behind. `secret` files are readable by the user alone.
 */
export async function writeFileAtomic(
  path: string,
  content: string,
  options: { secret: boolean },
): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, content, { mode: options.secret ? 0o600 : 0o644, flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** The file's text, or null when it does not exist. */
export async function readTextIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Secrets kept as JSON, readable by the user alone: made by `create` on first use and kept, so
 * that accounts pointing at an emulator keep working. A corrupt file is an error naming `what`,
 * never silently replaced.
 */
export async function loadSecretJson<T>(
  file: string,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  create: () => T,
  what: string,
): Promise<T> {
  const text = await readTextIfExists(file);
  if (text === null) {
    const value = create();
    await writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`, { secret: true });
    return value;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON; fix or delete it.`);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw new Error(`${file} does not hold ${what}; fix or delete it.`);
  return result.data;
}
