import { randomUUID } from 'node:crypto';
import type { EmulatorDialect } from '../framework/dispatcher';
import { header } from '../framework/http-types';
import { apiBase, type DynamicsContext } from './context';
import { bearerToken } from './identity/access-tokens';
import { unauthorized } from './routes/guard';
import { odataError, segmentNotFound } from './responses';

/**
 * The service-protection limits' answers: requests per window, execution time per window, and
 * concurrent requests. `style: 'crm'` gives the execution-time one, the others are counted.
 */
export const serviceProtection = {
  requests: {
    code: '0x80072322',
    message: 'Number of requests exceeded the limit of 6000 over time window of 300 seconds.',
  },
  executionTime: {
    code: '0x80072321',
    message:
      'Combined execution time of incoming requests exceeded limit of 1,200,000 milliseconds over time window of 300 seconds. Decrease number of concurrent requests or reduce the duration of requests and try again later.',
  },
  concurrency: {
    code: '0x80072326',
    message: 'Number of concurrent requests exceeded the limit of 52.',
  },
} as const;

/** How Dataverse and the identity platform word failures, throttling and expired tokens. */
export function dynamicsDialect(ctx: DynamicsContext): EmulatorDialect {
  return {
    notFound: (req) => {
      const path = req.url.pathname;
      if (path.startsWith(`${apiBase}/`)) {
        const segment = decodeURIComponent(path.slice(apiBase.length + 1).split('/')[0] ?? '');
        return segmentNotFound(segment.replace(/\(.*$/, ''));
      }
      return {
        status: 404,
        headers: { 'Content-Type': 'text/html' },
        body: '<html><body><h2>404 - File or directory not found.</h2></body></html>',
      };
    },
    methodNotAllowed: (req, allowed) =>
      odataError(
        405,
        '0x80060888',
        `The requested resource does not support http method '${req.method}'.`,
        { Allow: [...new Set(allowed)].join(', ') },
      ),
    internalError: () =>
      odataError(500, '0x80040216', `An unexpected error occurred. Activity Id: ${randomUUID()}`),
    rateLimited: (_req, fault) => {
      const limit =
        fault.style === 'crm' ? serviceProtection.executionTime : serviceProtection.requests;
      return odataError(429, limit.code, limit.message, {
        'Retry-After': String(fault.retryAfterSeconds ?? 1),
      });
    },
    serverError: (_req, status) => {
      if (status === 502 || status === 504)
        return {
          status,
          headers: { 'Content-Type': 'text/html' },
          body: `<html><body><h1>${status === 502 ? '502 Bad Gateway' : '504 Gateway Timeout'}</h1></body></html>`,
        };
      return status === 503
        ? odataError(
            503,
            '0x80040216',
            'The service is temporarily unavailable. Please try again later.',
            { 'Retry-After': '1' },
          )
        : odataError(
            status,
            '0x80040216',
            `An unexpected error occurred. Activity Id: ${randomUUID()}`,
          );
    },
    sessionExpired: (req) => {
      const token = bearerToken(header(req, 'authorization'));
      if (token) ctx.tokens.revoke(token);
      return unauthorized(ctx);
    },
    decorate: (_req, res) => {
      res.headers = {
        ...res.headers,
        REQ_ID: randomUUID(),
        'x-ms-service-request-id': randomUUID(),
      };
    },
  };
}
