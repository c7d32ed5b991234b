import type { FaultSpec, FaultSwitchboard } from './faults';
import type {
  EmulatorRequest,
  EmulatorResponse,
  HttpMethod,
  Route,
  RouteHandler,
} from './http-types';
import type { Router } from './router';

/** The answers whose wording belongs to one CRM: errors, throttling, expired sessions. */
export interface EmulatorDialect {
  notFound(req: EmulatorRequest): EmulatorResponse;
  methodNotAllowed(req: EmulatorRequest, allowed: readonly HttpMethod[]): EmulatorResponse;
  internalError(req: EmulatorRequest, error: unknown): EmulatorResponse;
  rateLimited(
    req: EmulatorRequest,
    fault: Extract<FaultSpec, { kind: 'rateLimit' }>,
  ): EmulatorResponse;
  serverError(req: EmulatorRequest, status: number): EmulatorResponse;
  /** Also invalidates the session the request carried, as a real expiry would. */
  sessionExpired(req: EmulatorRequest): EmulatorResponse;
  /** Headers every response carries (Salesforce's Sforce-Limit-Info, for one). */
  decorate?(req: EmulatorRequest, res: EmulatorResponse, routeName: string | null): void;
}

export type Dispatch = (req: Omit<EmulatorRequest, 'params'>) => Promise<EmulatorResponse>;

/**
 * Routes a request, applies any armed fault, and lets the dialect word the failures.
 * `faultTarget` names what faults aim at when one route serves several operations (Oracle's
 * one SOAP endpoint); by default the route's name.
 */
export function createDispatcher(
  router: Router,
  faults: FaultSwitchboard,
  dialect: EmulatorDialect,
  faultTarget: (route: Route, req: EmulatorRequest) => string = (route) => route.name,
): Dispatch {
  return async (incoming) => {
    const match = router.match(incoming.method, incoming.url.pathname);
    const req: EmulatorRequest = {
      ...incoming,
      params: match.kind === 'found' ? match.params : {},
    };
    let res: EmulatorResponse;
    let routeName: string | null = null;
    if (match.kind === 'none') res = dialect.notFound(req);
    else if (match.kind === 'wrongMethod') res = dialect.methodNotAllowed(req, match.allowed);
    else {
      routeName = faultTarget(match.route, req);
      const fault = faults.take(routeName);
      res = fault
        ? await faultResponse(req, fault, dialect, match.route.handle)
        : await runHandler(match.route.handle, req, dialect);
    }
    dialect.decorate?.(req, res, routeName);
    return res;
  };
}

async function runHandler(
  handle: RouteHandler,
  req: EmulatorRequest,
  dialect: EmulatorDialect,
): Promise<EmulatorResponse> {
  try {
    return await handle(req);
  } catch (error) {
    return dialect.internalError(req, error);
  }
}

/** What a request hit by a fault gets: the fault's own answer, or the real one delivered badly. */
async function faultResponse(
  req: EmulatorRequest,
  fault: FaultSpec,
  dialect: EmulatorDialect,
  handle: RouteHandler,
): Promise<EmulatorResponse> {
  switch (fault.kind) {
    case 'rateLimit':
      return dialect.rateLimited(req, fault);
    case 'serverError':
      return dialect.serverError(req, fault.status ?? 503);
    case 'expiredSession':
      return dialect.sessionExpired(req);
    case 'slow': {
      const res = await runHandler(handle, req, dialect);
      return { ...res, delivery: { ...res.delivery, delayMs: fault.delayMs } };
    }
    case 'malformed': {
      const res = await runHandler(handle, req, dialect);
      return {
        ...res,
        status: 200,
        body: JSON.stringify({ unexpected: 'an answer of another shape' }),
      };
    }
    case 'reset': {
      // A connection dropped before the answer: the request was never processed.
      if (fault.when === 'beforeResponse')
        return { status: 0, delivery: { resetBeforeResponse: true } };
      // Dropped mid-body: the request took effect but the client never reads the whole answer.
      const res = await runHandler(handle, req, dialect);
      return { ...res, delivery: { ...res.delivery, resetAfterBytes: halfOf(res.body) } };
    }
  }
}

function halfOf(body: string | Buffer | undefined): number {
  const size = body === undefined ? 0 : Buffer.byteLength(body);
  return Math.floor(size / 2);
}
