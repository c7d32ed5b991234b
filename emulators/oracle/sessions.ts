import { randomBytes } from 'node:crypto';

export interface OracleSession {
  id: string;
  company: string;
  username: string;
  lastUsed: number;
}

/** Oracle CRM On Demand's limit of concurrent Web Services sessions per company. */
export const maxSessionsPerCompany = 10;

/**
 * Web Services sessions (`JSESSIONID`). A session ends at logoff, or once it has been idle
 * for the configured lifetime; an ended session's id answers SBL-ODU-01006.
 */
export class OracleSessions {
  private readonly sessions = new Map<string, OracleSession>();

  constructor(
    private readonly lifetimeMs: number,
    private readonly now: () => number,
  ) {}

  /** A new session, or null when the company already has its ten. */
  open(company: string, username: string): OracleSession | null {
    this.sweep();
    const open = [...this.sessions.values()].filter((session) => session.company === company);
    if (open.length >= maxSessionsPerCompany) return null;
    const session = {
      id: randomBytes(24).toString('hex').toUpperCase(),
      company,
      username,
      lastUsed: this.now(),
    };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The live session of this id, its idle time restarted; null when unknown or expired. */
  use(id: string): OracleSession | null {
    this.sweep();
    const session = this.sessions.get(id);
    if (!session) return null;
    session.lastUsed = this.now();
    return session;
  }

  close(id: string): boolean {
    return this.sessions.delete(id);
  }

  /** Ends every session at once, as a tenant restart would. */
  closeAll(): void {
    this.sessions.clear();
  }

  count(): number {
    this.sweep();
    return this.sessions.size;
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, session] of this.sessions)
      if (now - session.lastUsed >= this.lifetimeMs) this.sessions.delete(id);
  }
}

/** The `JSESSIONID` a request's Cookie header carries. */
export function sessionIdOf(cookie: string | undefined): string | null {
  const m = /(?:^|;\s*)JSESSIONID=([^;]+)/.exec(cookie ?? '');
  return m ? (m[1] as string).trim() : null;
}
