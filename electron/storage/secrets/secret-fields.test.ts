import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { secretInputSchema } from '../../../shared/domain/secrets';
import { AesGcmCipher } from './aes-gcm-cipher';
import { sealedKind } from './secret-cipher';
import { applySecretInput, secretState } from './secret-fields';

let dir: string;
let cipher: AesGcmCipher;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secret-fields-test-'));
  cipher = await AesGcmCipher.fromKeyFile(join(dir, 'secret.key'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('applySecretInput', () => {
  it('keeps the sealed value as it is, or none when there is none', async () => {
    const current = await cipher.seal('old secret');
    expect(await applySecretInput(current, { action: 'keep' }, cipher)).toBe(current);
    expect(await applySecretInput(null, { action: 'keep' }, cipher)).toBeNull();
  });

  it('clears the sealed value', async () => {
    const current = await cipher.seal('old secret');
    expect(await applySecretInput(current, { action: 'clear' }, cipher)).toBeNull();
  });

  it('seals a new value that opens to what was typed', async () => {
    const current = await cipher.seal('old secret');
    const sealed = await applySecretInput(current, { action: 'set', value: 'new secret' }, cipher);
    if (sealed === null) throw new Error('expected a sealed value');
    expect(sealed).not.toContain('new secret');
    expect(sealedKind(sealed)).toBe('aes-256-gcm');
    expect(await cipher.open(sealed)).toBe('new secret');
  });
});

describe('secretState', () => {
  it('tells only whether a secret is set', async () => {
    const sealed = await cipher.seal('hidden');
    expect(secretState(sealed)).toStrictEqual({ isSet: true });
    expect(secretState(null)).toStrictEqual({ isSet: false });
    expect(JSON.stringify(secretState(sealed))).not.toContain(sealed);
  });
});

describe('secretInputSchema', () => {
  it.each([{ action: 'keep' }, { action: 'clear' }, { action: 'set', value: 's3cret' }])(
    'accepts %j',
    (input) => {
      expect(secretInputSchema.parse(input)).toEqual(input);
    },
  );

  it('refuses an empty secret, at path value', () => {
    const result = secretInputSchema.safeParse({ action: 'set', value: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['value'], message: 'A secret cannot be empty.' }),
    ]);
  });

  it.each([{ action: 'reveal' }, { action: 'set' }, {}, { action: 'set', value: 42 }, null])(
    'refuses %j',
    (input) => {
      expect(secretInputSchema.safeParse(input).success).toBe(false);
    },
  );
});
