import type { SecretInput, SecretState } from '../../../shared/domain/secrets';
import type { SecretCipher } from './secret-cipher';

/** Applies a write-only secret input to the sealed value currently stored (null: none). */
export async function applySecretInput(
  current: string | null,
  input: SecretInput,
  cipher: SecretCipher,
): Promise<string | null> {
  switch (input.action) {
    case 'keep':
      return current;
    case 'clear':
      return null;
    case 'set':
      return cipher.seal(input.value);
  }
}

/** All the renderer ever learns of a secret. */
export function secretState(sealed: string | null): SecretState {
  return { isSet: sealed !== null };
}
