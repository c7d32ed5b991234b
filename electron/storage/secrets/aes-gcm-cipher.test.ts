import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataFileError } from '../data-file-error';
import { AesGcmCipher } from './aes-gcm-cipher';
import { SecretUnreadableError, sealedKind } from './secret-cipher';

/** Windows has no POSIX file modes. */
const onWindows = process.platform === 'win32';
const secret = 'client-secret-7f3a9c';

let dir: string;
let keyFile: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aes-gcm-test-'));
  keyFile = join(dir, 'secret.key');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Flips one bit of the `index`-th base64 part of a sealed text (0: IV, 1: tag, 2: body). */
function tamper(sealed: string, index: number): string {
  const parts = sealed.split(':');
  const bytes = Buffer.from(parts[2 + index] ?? '', 'base64');
  bytes[0] = (bytes[0] ?? 0) ^ 0x01;
  parts[2 + index] = bytes.toString('base64');
  return parts.join(':');
}

async function refusedOpen(cipher: AesGcmCipher, sealed: string): Promise<SecretUnreadableError> {
  const error: unknown = await cipher.open(sealed).then(
    () => {
      throw new Error('expected open to refuse the sealed text');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SecretUnreadableError);
  return error as SecretUnreadableError;
}

async function refusedKeyFile(): Promise<DataFileError> {
  const error: unknown = await AesGcmCipher.fromKeyFile(keyFile).then(
    () => {
      throw new Error('expected the key file to be refused');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataFileError);
  return error as DataFileError;
}

describe('AesGcmCipher', () => {
  it.each([secret, 'pässwörd – 密码 🔐', 'a:b:c', ''])(
    'opens what it sealed: %j',
    async (plain) => {
      const cipher = await AesGcmCipher.fromKeyFile(keyFile);
      const sealed = await cipher.seal(plain);
      expect(sealedKind(sealed)).toBe('aes-256-gcm');
      expect(await cipher.open(sealed)).toBe(plain);
    },
  );

  it('seals the same text differently each time and never shows it', async () => {
    const cipher = await AesGcmCipher.fromKeyFile(keyFile);
    const first = await cipher.seal(secret);
    const second = await cipher.seal(secret);
    expect(first).not.toBe(second);
    expect(first.split(':')[2]).not.toBe(second.split(':')[2]);
    for (const sealed of [first, second]) {
      expect(sealed).not.toContain(secret);
      expect(sealed).not.toContain(Buffer.from(secret).toString('base64'));
    }
  });

  it.each([
    ['IV', 0],
    ['tag', 1],
    ['ciphertext', 2],
  ])(
    'refuses a sealed text whose %s was altered, without revealing the secret',
    async (_, part) => {
      const cipher = await AesGcmCipher.fromKeyFile(keyFile);
      const sealed = await cipher.seal(secret);
      const error = await refusedOpen(cipher, tamper(sealed, part));
      expect(error.message).toBe(
        'A stored secret cannot be decrypted: it was altered or sealed with another key.',
      );
      expect(error.message).not.toContain(secret);
    },
  );

  it('refuses malformed sealed texts and those of another cipher', async () => {
    const cipher = await AesGcmCipher.fromKeyFile(keyFile);
    const sealed = await cipher.seal(secret);
    const [version, kind, iv, tag] = sealed.split(':');
    expect((await refusedOpen(cipher, `${version}:${kind}:${iv}:${tag}`)).message).toBe(
      'A stored secret cannot be decrypted: it is malformed.',
    );
    expect((await refusedOpen(cipher, `${version}:${kind}:${iv}:AAAA:AAAA`)).message).toBe(
      'A stored secret cannot be decrypted: it is malformed.',
    );
    expect((await refusedOpen(cipher, 'v1:safe-storage:AAAA')).message).toBe(
      'A stored secret cannot be decrypted: it was not sealed with aes-256-gcm.',
    );
    expect((await refusedOpen(cipher, secret)).message).not.toContain(secret);
  });

  it('refuses a text sealed with another key file', async () => {
    const mine = await AesGcmCipher.fromKeyFile(keyFile);
    const theirs = await AesGcmCipher.fromKeyFile(join(dir, 'other.key'));
    const error = await refusedOpen(mine, await theirs.seal(secret));
    expect(error.message).toBe(
      'A stored secret cannot be decrypted: it was altered or sealed with another key.',
    );
  });

  it('creates a 32-byte key file and reuses it on the next start', async () => {
    const first = await AesGcmCipher.fromKeyFile(keyFile);
    const sealed = await first.seal(secret);
    const key = await readFile(keyFile);
    expect(key).toHaveLength(32);

    const second = await AesGcmCipher.fromKeyFile(keyFile);
    expect(await second.open(sealed)).toBe(secret);
    expect(await readFile(keyFile)).toEqual(key);
  });

  it.skipIf(onWindows)('creates the key file readable by its owner alone', async () => {
    await AesGcmCipher.fromKeyFile(keyFile);
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
  });

  it.skipIf(onWindows).each([0o640, 0o604, 0o644])(
    'refuses a key file with mode %o, naming it',
    async (mode) => {
      const sealer = await AesGcmCipher.fromKeyFile(keyFile);
      await sealer.seal(secret);
      await chmod(keyFile, mode);
      const error = await refusedKeyFile();
      expect(error.file).toBe(keyFile);
      expect(error.message).toBe(
        `Cannot use the file ${keyFile}: other users can read this secret key file; make it readable by its owner alone (chmod 600).`,
      );
    },
  );

  it.each([0, 16, 33])('refuses a key file of %i bytes as damaged', async (length) => {
    await writeFile(keyFile, randomBytes(length), { mode: 0o600 });
    const error = await refusedKeyFile();
    expect(error.file).toBe(keyFile);
    expect(error.message).toBe(
      `Cannot use the file ${keyFile}: this secret key file is damaged (expected 32 bytes).`,
    );
  });
});
