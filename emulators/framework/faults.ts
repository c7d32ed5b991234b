/**
 * The fault-injection switchboard: tests arm faults in-process, per route name and per count,
 * and the emulator's dispatcher consumes one armed fault per matching request.
 */

interface FaultBase {
  /** A route name from the emulator's route table, several, or '*' for every route. */
  route: string | readonly string[];
  /** How many requests it hits; default 1. `Infinity` keeps it on until removed. */
  count?: number;
}

export type FaultSpec = FaultBase &
  (
    | {
        kind: 'rateLimit';
        /** `http429` (default) or the CRM's own throttling answer (Salesforce: 403 REQUEST_LIMIT_EXCEEDED). */
        style?: 'http429' | 'crm';
        retryAfterSeconds?: number;
      }
    | { kind: 'serverError'; status?: 500 | 502 | 503 | 504 }
    | {
        kind: 'reset';
        /** `midBody` (default): headers and half the body, then a reset; `beforeResponse`: no answer. */
        when?: 'midBody' | 'beforeResponse';
      }
    | { kind: 'expiredSession' }
    /** A 200 answer of another shape than the route's, as a broken proxy or API change gives. */
    | { kind: 'malformed' }
    | { kind: 'slow'; delayMs: number }
  );

export type FaultKind = FaultSpec['kind'];

export interface ArmedFault {
  readonly spec: FaultSpec;
  /** Requests it has hit so far. */
  readonly fired: number;
  /** Requests it will still hit. */
  readonly remaining: number;
  remove(): void;
}

class Armed implements ArmedFault {
  fired = 0;
  remaining: number;

  constructor(
    readonly spec: FaultSpec,
    private readonly onRemove: (fault: Armed) => void,
  ) {
    this.remaining = spec.count ?? 1;
  }

  matches(routeName: string): boolean {
    const routes = typeof this.spec.route === 'string' ? [this.spec.route] : this.spec.route;
    return routes.includes('*') || routes.includes(routeName);
  }

  remove(): void {
    this.onRemove(this);
  }
}

export class FaultSwitchboard {
  private armed: Armed[] = [];

  constructor(private readonly knownRoutes: () => readonly string[] = () => []) {}

  /** Arms a fault; throws on a route name the emulator does not have, to catch typos in tests. */
  add(spec: FaultSpec): ArmedFault {
    const known = this.knownRoutes();
    const routes = typeof spec.route === 'string' ? [spec.route] : spec.route;
    const unknown = routes.filter((route) => route !== '*' && !known.includes(route));
    if (known.length > 0 && unknown.length > 0)
      throw new Error(`Unknown route ${unknown.join(', ')}; routes are: ${known.join(', ')}.`);
    const count = spec.count ?? 1;
    if (!(count >= 1)) throw new Error('A fault needs a count of at least 1.');
    if (spec.kind === 'slow' && !(spec.delayMs >= 0)) throw new Error('delayMs must be >= 0.');
    const fault = new Armed(spec, (removed) => {
      this.armed = this.armed.filter((other) => other !== removed);
    });
    this.armed.push(fault);
    return fault;
  }

  clear(): void {
    this.armed = [];
  }

  /** Faults still armed. */
  list(): readonly ArmedFault[] {
    return this.armed;
  }

  /** The fault to apply to one request on this route (the first armed one), consumed. */
  take(routeName: string): FaultSpec | null {
    const fault = this.armed.find((candidate) => candidate.matches(routeName));
    if (!fault) return null;
    fault.fired += 1;
    fault.remaining -= 1;
    if (fault.remaining <= 0) fault.remove();
    return fault.spec;
  }
}
