import { safeStorage } from 'electron';
import {
  SecretUnreadableError,
  sealedKind,
  type SecretCipher,
} from '../storage/secrets/secret-cipher';

const kind = 'safe-storage';

/** Electron safeStorage (the OS keychain) seals secrets when a real keychain backs it. */
export function safeStorageCipher(): SecretCipher | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  // On Linux without a keyring, safeStorage falls back to a hard-coded key: worse than AES-GCM.
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')
    return null;
  return {
    kind,
    seal: async (plain) => `v1:${kind}:${safeStorage.encryptString(plain).toString('base64')}`,
    open: async (sealed) => {
      if (sealedKind(sealed) !== kind)
        throw new SecretUnreadableError('it was sealed by another cipher than the OS keychain.');
      try {
        return safeStorage.decryptString(Buffer.from(sealed.slice(`v1:${kind}:`.length), 'base64'));
      } catch {
        throw new SecretUnreadableError('the OS keychain refused to open it.');
      }
    },
  };
}
