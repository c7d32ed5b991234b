import type { EmulatorDialect } from '../framework/dispatcher';
import { header } from '../framework/http-types';
import type { OracleContext } from './context';
import { faultResponse } from './soap/fault-response';
import { OracleError, oracleErrors } from './soap/oracle-error';
import { sessionIdOf } from './sessions';

const html = (status: number, title: string) => ({
  status,
  headers: { 'Content-Type': 'text/html' },
  body: `<html><head><title>${status} ${title}</title></head><body><h1>${title}</h1></body></html>`,
});

/** How Oracle CRM On Demand words failures: SOAP faults with `SBL-…` codes, HTML from its proxies. */
export function oracleDialect(ctx: OracleContext): EmulatorDialect {
  return {
    notFound: () => html(404, 'Not Found'),
    methodNotAllowed: (_req, allowed) => ({
      ...html(405, 'Method Not Allowed'),
      headers: { 'Content-Type': 'text/html', Allow: [...new Set(allowed)].join(', ') },
    }),
    internalError: () =>
      faultResponse(new OracleError('SBL-ODU-01000', 'An internal error has occurred.')),
    rateLimited: (_req, fault) =>
      faultResponse(
        oracleErrors.rateExceeded(Math.round((fault.retryAfterSeconds ?? 0.05) * 1000)),
      ),
    serverError: (_req, status) =>
      status === 500
        ? faultResponse(new OracleError('SBL-ODU-01000', 'An internal error has occurred.'))
        : html(
            status,
            status === 502
              ? 'Bad Gateway'
              : status === 504
                ? 'Gateway Timeout'
                : 'Service Unavailable',
          ),
    sessionExpired: (req) => {
      const id = sessionIdOf(header(req, 'cookie'));
      if (id) ctx.sessions.close(id);
      return faultResponse(oracleErrors.sessionUnavailable());
    },
  };
}
