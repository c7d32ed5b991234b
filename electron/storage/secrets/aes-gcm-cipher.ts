import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { link, open, readFile, stat, unlink } from 'node:fs/promises';
import { DataFileError } from '../data-file-error';
import { SecretUnreadableError, sealedKind, type SecretCipher } from './secret-cipher';

const kind = 'aes-256-gcm';
const keyBytes = 32;
const ivBytes = 12;

/**
 * AES-256-GCM with a random key kept in a file only its owner can read: the fallback where
 * the operating system's keychain (Electron safeStorage) is not available.
 */
export class AesGcmCipher implements SecretCipher {
  readonly kind = kind;

  private constructor(private readonly key: Buffer) {}

  static async fromKeyFile(path: string): Promise<AesGcmCipher> {
    return new AesGcmCipher(await loadOrCreateKey(path));
  }

  async seal(plain: string): Promise<string> {
    const iv = randomBytes(ivBytes);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return `v1:${kind}:${iv.toString('base64')}:${tag.toString('base64')}:${body.toString('base64')}`;
  }

  async open(sealed: string): Promise<string> {
    if (sealedKind(sealed) !== kind)
      throw new SecretUnreadableError(`it was not sealed with ${kind}.`);
    const [iv, tag, body] = sealed
      .split(':')
      .slice(2)
      .map((part) => Buffer.from(part, 'base64'));
    if (!iv || !tag || !body || iv.length !== ivBytes || tag.length !== 16)
      throw new SecretUnreadableError('it is malformed.');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretUnreadableError('it was altered or sealed with another key.');
    }
  }
}

async function loadOrCreateKey(path: string): Promise<Buffer> {
  try {
    // Written to a temp file and linked into place, so a crash never leaves an empty key file.
    const key = randomBytes(keyBytes);
    const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(key);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await link(temp, path);
    } finally {
      await unlink(temp);
    }
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if (process.platform !== 'win32') {
    const { mode } = await stat(path);
    if ((mode & 0o077) !== 0)
      throw new DataFileError(
        path,
        'other users can read this secret key file; make it readable by its owner alone (chmod 600).',
      );
  }
  const key = await readFile(path);
  if (key.length !== keyBytes)
    throw new DataFileError(path, `this secret key file is damaged (expected ${keyBytes} bytes).`);
  return key;
}
