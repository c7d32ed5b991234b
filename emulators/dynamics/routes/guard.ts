import {
  header,
  type EmulatorRequest,
  type EmulatorResponse,
  type Route,
  type RouteHandler,
} from '../../framework/http-types';
import { apiBase, authorityOf, type DynamicsContext } from '../context';
import { bearerToken, type TokenSession } from '../identity/access-tokens';
import { odataHeaders } from '../responses';

export type ApiHandler = (
  req: EmulatorRequest,
  session: TokenSession,
) => EmulatorResponse | Promise<EmulatorResponse>;

/** Dataverse's answer to a missing, unknown or expired token: 401, no body, where to get one. */
export function unauthorized(ctx: DynamicsContext): EmulatorResponse {
  return {
    status: 401,
    headers: {
      ...odataHeaders,
      'WWW-Authenticate': `Bearer authorization_uri=${authorityOf(ctx)}/oauth2/authorize, resource_id=${ctx.origin()}/`,
    },
  };
}

/** A Web API handler behind the bearer-token check. */
export function webApi(ctx: DynamicsContext, handler: ApiHandler): RouteHandler {
  return (req) => {
    const token = bearerToken(header(req, 'authorization'));
    const session = token ? ctx.tokens.check(token, ctx.now()) : null;
    if (!session) return unauthorized(ctx);
    return handler(req, session);
  };
}

/** A route under `/api/data/v9.2`. */
export function apiRoute(
  ctx: DynamicsContext,
  name: string,
  method: Route['method'],
  path: string,
  handler: ApiHandler,
): Route {
  return { name, method, path: `${apiBase}${path}`, handle: webApi(ctx, handler) };
}
