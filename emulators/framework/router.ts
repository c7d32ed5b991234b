import type { HttpMethod, Route } from './http-types';

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrongMethod'; allowed: HttpMethod[] }
  | { kind: 'none' };

interface CompiledRoute {
  route: Route;
  segments: string[];
}

/**
 * A route table matched segment by segment. Later modules extend an emulator by adding
 * routes (Bulk API 2.0 for Salesforce, for instance); a trailing slash is ignored, as the
 * CRMs do.
 */
export class Router {
  private readonly routes: CompiledRoute[] = [];

  constructor(routes: readonly Route[] = []) {
    this.addAll(routes);
  }

  addAll(routes: readonly Route[]): this {
    for (const route of routes) this.routes.push({ route, segments: split(route.path) });
    return this;
  }

  names(): string[] {
    return [...new Set(this.routes.map(({ route }) => route.name))];
  }

  match(method: string, pathname: string): RouteMatch {
    const segments = split(pathname);
    const allowed: HttpMethod[] = [];
    for (const compiled of this.routes) {
      const params = matchSegments(compiled.segments, segments);
      if (!params) continue;
      if (compiled.route.method === method) return { kind: 'found', route: compiled.route, params };
      allowed.push(compiled.route.method);
    }
    return allowed.length > 0 ? { kind: 'wrongMethod', allowed } : { kind: 'none' };
  }
}

function split(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | null {
  if (pattern.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i] as string;
    const segment = actual[i] as string;
    if (expected.startsWith(':')) {
      try {
        params[expected.slice(1)] = decodeURIComponent(segment);
      } catch {
        return null;
      }
    } else if (expected !== segment) return null;
  }
  return params;
}
