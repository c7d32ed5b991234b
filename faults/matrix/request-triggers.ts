/**
 * Acts at an exact request of the emulator: the n-th request of a route, before it takes effect
 * or after (its answer not yet sent). The emulator calls `observe` for every routed request.
 */
export class RequestTriggers {
  private readonly seen = new Map<string, number>();
  private pending: {
    routes: readonly string[];
    call: number;
    phase: 'before' | 'after';
    action: () => void;
    counted: number;
  }[] = [];

  readonly observe = (route: string, phase: 'before' | 'after'): void => {
    if (phase === 'before') this.seen.set(route, (this.seen.get(route) ?? 0) + 1);
    for (const trigger of [...this.pending]) {
      if (!trigger.routes.includes(route)) continue;
      if (phase === 'before') trigger.counted += 1;
      if (trigger.phase !== phase || trigger.counted !== trigger.call) continue;
      this.pending = this.pending.filter((other) => other !== trigger);
      trigger.action();
    }
  };

  /**
   * Runs `action` at the `call`-th request (from 1) counted over `routes` from now on. A request
   * a fault answers never reaches the route, so it is not counted.
   */
  at(routes: readonly string[], call: number, phase: 'before' | 'after', action: () => void): void {
    this.pending.push({ routes, call, phase, action, counted: 0 });
  }

  /** Requests of a route handled so far. */
  count(route: string): number {
    return this.seen.get(route) ?? 0;
  }

  clear(): void {
    this.pending = [];
  }
}
