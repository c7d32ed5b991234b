/**
 * Seals secret fields (CRM passwords, client secrets, tokens) before they reach the config
 * store. Sealed text names its cipher so a store can tell which one opens it.
 */
export interface SecretCipher {
  readonly kind: string;
  seal(plain: string): Promise<string>;
  open(sealed: string): Promise<string>;
}

/** Raised when a sealed secret cannot be opened; never carries the secret itself. */
export class SecretUnreadableError extends Error {
  constructor(reason: string) {
    super(`A stored secret cannot be decrypted: ${reason}`);
    this.name = 'SecretUnreadableError';
  }
}

export function sealedKind(sealed: string): string | null {
  const match = /^v1:([a-z0-9-]+):/.exec(sealed);
  return match?.[1] ?? null;
}
