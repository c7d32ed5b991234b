import {
  header,
  type EmulatorRequest,
  type EmulatorResponse,
  type Route,
  type RouteHandler,
} from '../../framework/http-types';
import { apiVersions, type SalesforceContext } from '../context';
import { invalidSession, notFound } from '../responses';
import { bearerToken, type Session } from '../sessions';

export interface ApiCall {
  /** `62.0` */
  version: string;
  session: Session;
}

export type ApiHandler = (
  req: EmulatorRequest,
  call: ApiCall,
) => EmulatorResponse | Promise<EmulatorResponse>;

/** The `vNN.0` path segment as a served version, or null. */
export function versionOf(segment: string | undefined): string | null {
  const m = /^v(\d+\.0)$/.exec(segment ?? '');
  return m && apiVersions.includes(m[1] as string) ? (m[1] as string) : null;
}

/** A REST API handler behind the version check and the bearer token check. */
export function api(ctx: SalesforceContext, handler: ApiHandler): RouteHandler {
  return (req) => {
    const version = versionOf(req.params.version);
    if (!version) return notFound();
    const token = bearerToken(header(req, 'authorization'));
    const session = token ? ctx.sessions.check(token) : null;
    if (!session) return invalidSession();
    return handler(req, { version, session });
  };
}

/** A route under `/services/data/:version`. */
export function dataRoute(
  ctx: SalesforceContext,
  name: string,
  method: Route['method'],
  path: string,
  handler: ApiHandler,
): Route {
  return { name, method, path: `/services/data/:version${path}`, handle: api(ctx, handler) };
}
