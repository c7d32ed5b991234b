import type { HttpMethod, Route } from './http-types';

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrongMethod'; allowed: HttpMethod[] }
  | { kind: 'none' };

/** A path segment: a literal, a whole-segment `:param`, or a pattern such as `:set(:key)`. */
type Segment =
  | { kind: 'literal'; text: string }
  | { kind: 'param'; name: string }
  | { kind: 'pattern'; regex: RegExp; names: string[] };

interface CompiledRoute {
  route: Route;
  segments: Segment[];
}

/**
 * A route table matched segment by segment. Later modules extend an emulator by adding
 * routes (Bulk API 2.0 for Salesforce, for instance); a trailing slash is ignored, as the
 * CRMs do. A segment may mix text and parameters, as OData's `contacts(<key>)` does.
 */
export class Router {
  private readonly routes: CompiledRoute[] = [];

  constructor(routes: readonly Route[] = []) {
    this.addAll(routes);
  }

  addAll(routes: readonly Route[]): this {
    for (const route of routes)
      this.routes.push({ route, segments: split(route.path).map(compileSegment) });
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

function compileSegment(text: string): Segment {
  if (!text.includes(':')) return { kind: 'literal', text };
  if (/^:\w+$/.test(text)) return { kind: 'param', name: text.slice(1) };
  const names: string[] = [];
  const source = text
    .split(/(:\w+)/)
    .map((part) => {
      if (!part.startsWith(':')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(part.slice(1));
      return '(.+?)';
    })
    .join('');
  return { kind: 'pattern', regex: new RegExp(`^${source}$`), names };
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function matchSegments(pattern: Segment[], actual: string[]): Record<string, string> | null {
  if (pattern.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i] as Segment;
    const segment = decode(actual[i] as string);
    if (segment === null) return null;
    if (expected.kind === 'literal') {
      if (expected.text !== segment) return null;
    } else if (expected.kind === 'param') params[expected.name] = segment;
    else {
      const m = expected.regex.exec(segment);
      if (!m) return null;
      expected.names.forEach((name, n) => (params[name] = m[n + 1] as string));
    }
  }
  return params;
}
