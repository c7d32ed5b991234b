import { randomInt } from 'node:crypto';
import type { EmulatorDialect } from '../framework/dispatcher';
import { header } from '../framework/http-types';
import type { SalesforceContext } from './context';
import { apiError, invalidSession, notFound } from './responses';
import { bearerToken } from './sessions';

/** Routes that are not REST API calls and do not count against the daily API limit. */
const uncounted = new Set(['token', 'revoke', 'identity', 'userinfo', 'versions']);

/** How Salesforce words failures, throttling and expired sessions; and its limit header. */
export function salesforceDialect(ctx: SalesforceContext): EmulatorDialect {
  return {
    notFound: () => notFound(),
    methodNotAllowed: (req, allowed) =>
      apiError(
        405,
        'METHOD_NOT_ALLOWED',
        `HTTP Method '${req.method}' not allowed. Allowed are ${[...new Set(allowed)].join(',')}`,
        {
          Allow: [...new Set(allowed)].join(', '),
        },
      ),
    internalError: () =>
      apiError(
        500,
        'UNKNOWN_EXCEPTION',
        `An unexpected error occurred. Please include this ErrorId if you contact support: ${randomInt(1e9)}-${randomInt(1e5)} (${-randomInt(1e9)})`,
      ),
    rateLimited: (_req, fault) =>
      apiError(
        fault.style === 'crm' ? 403 : 429,
        'REQUEST_LIMIT_EXCEEDED',
        'TotalRequests Limit exceeded.',
        {
          'Retry-After': String(fault.retryAfterSeconds ?? 1),
        },
      ),
    serverError: (_req, status) => {
      if (status === 502 || status === 504)
        return {
          status,
          headers: { 'Content-Type': 'text/html' },
          body: `<html><body><h1>${status === 502 ? 'Bad Gateway' : 'Gateway Timeout'}</h1></body></html>`,
        };
      return status === 503
        ? apiError(503, 'SERVER_UNAVAILABLE', 'Server Unavailable')
        : apiError(status, 'UNKNOWN_EXCEPTION', 'An unexpected error occurred.');
    },
    sessionExpired: (req) => {
      const token = bearerToken(header(req, 'authorization'));
      if (token) ctx.sessions.revoke(token);
      return invalidSession();
    },
    decorate: (_req, res, routeName) => {
      if (routeName !== null && !uncounted.has(routeName)) ctx.apiUsage.used += 1;
      res.headers = {
        ...res.headers,
        'Sforce-Limit-Info': `api-usage=${ctx.apiUsage.used}/${ctx.apiUsage.limit}`,
      };
    },
  };
}
