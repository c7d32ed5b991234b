/** Who a token was issued to: a user (password grant) or the app itself (client credentials). */
export interface TokenSession {
  userId: string;
  appId: string;
  expiresAt: number;
}

/**
 * The access tokens the identity service issued, checked by the Web API. A token is good until
 * its `exp` on the emulator's clock; `expireAll` ends them at once, as a revocation would.
 */
export class AccessTokens {
  private readonly sessions = new Map<string, TokenSession>();

  add(token: string, session: TokenSession): void {
    this.sessions.set(token, session);
  }

  check(token: string, now: number): TokenSession | null {
    const session = this.sessions.get(token);
    if (!session) return null;
    if (session.expiresAt <= now) {
      this.sessions.delete(token);
      return null;
    }
    return session;
  }

  revoke(token: string): void {
    this.sessions.delete(token);
  }

  expireAll(): void {
    this.sessions.clear();
  }
}

/** The token of an `Authorization: Bearer …` header. */
export function bearerToken(authorization: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return m ? (m[1] as string) : null;
}
