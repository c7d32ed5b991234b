import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; reason: string };

/**
 * Decides whether a request may reach the API: it must come from the console's own page
 * (Host, Origin and Fetch-Metadata agree) and carry the per-start token.
 */
export class RequestGuard {
  private readonly token: Buffer;

  constructor(
    token: string,
    private readonly origin: () => string,
  ) {
    this.token = Buffer.from(token);
  }

  check(req: IncomingMessage, presented: string | null): GuardVerdict {
    const origin = this.origin();
    if (req.headers.host !== new URL(origin).host)
      return { ok: false, status: 403, reason: 'Unexpected Host header.' };
    const from = req.headers.origin;
    if (from !== undefined && from !== origin)
      return { ok: false, status: 403, reason: 'Requests from another origin are refused.' };
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none')
      return { ok: false, status: 403, reason: 'Requests from another site are refused.' };
    if (!presented || !this.tokenMatches(presented))
      return { ok: false, status: 401, reason: 'Missing or wrong console token.' };
    return { ok: true };
  }

  private tokenMatches(presented: string): boolean {
    const candidate = Buffer.from(presented);
    return candidate.length === this.token.length && timingSafeEqual(candidate, this.token);
  }
}
