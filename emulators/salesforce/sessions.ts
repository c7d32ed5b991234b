import { randomBytes } from 'node:crypto';

export interface Session {
  userId: string;
  issuedAt: number;
}

/** Access tokens issued by the token endpoint; revoking one is how a session "expires". */
export class Sessions {
  private readonly tokens = new Map<string, Session>();

  constructor(private readonly organizationId: string) {}

  issue(userId: string, now: number): string {
    // Salesforce access tokens start with the org id and a '!'.
    const token = `${this.organizationId.slice(0, 15)}!${randomBytes(72).toString('base64url')}`;
    this.tokens.set(token, { userId, issuedAt: now });
    return token;
  }

  check(token: string): Session | null {
    return this.tokens.get(token) ?? null;
  }

  revoke(token: string): boolean {
    return this.tokens.delete(token);
  }

  /** Every session ends at once, as after a password reset. */
  revokeAll(): void {
    this.tokens.clear();
  }
}

/** The token of an `Authorization: Bearer …` (or `OAuth …`) header. */
export function bearerToken(authorization: string | undefined): string | null {
  const m = /^(?:Bearer|OAuth)\s+(\S+)$/i.exec(authorization ?? '');
  return m ? (m[1] as string) : null;
}
