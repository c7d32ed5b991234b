import { describe, expect, it } from 'vitest';
import { FaultSwitchboard } from './faults';

const routes = ['query', 'describe', 'token'];

describe('fault switchboard', () => {
  it('hits the named route for its count, then lets requests through', () => {
    const faults = new FaultSwitchboard(() => routes);
    const armed = faults.add({ route: 'query', kind: 'serverError', count: 2 });
    expect(faults.take('describe')).toBeNull();
    expect(faults.take('query')?.kind).toBe('serverError');
    expect(armed.remaining).toBe(1);
    expect(faults.take('query')?.kind).toBe('serverError');
    expect(faults.take('query')).toBeNull();
    expect(armed.fired).toBe(2);
    expect(faults.list()).toHaveLength(0);
  });

  it('applies faults in the order they were armed, one per request', () => {
    const faults = new FaultSwitchboard(() => routes);
    faults.add({ route: ['query', 'describe'], kind: 'slow', delayMs: 5 });
    faults.add({ route: '*', kind: 'rateLimit', retryAfterSeconds: 2 });
    expect(faults.take('describe')?.kind).toBe('slow');
    expect(faults.take('describe')?.kind).toBe('rateLimit');
    expect(faults.take('token')).toBeNull();
  });

  it('keeps an Infinity count armed until removed', () => {
    const faults = new FaultSwitchboard(() => routes);
    const armed = faults.add({ route: 'token', kind: 'reset', count: Infinity });
    for (let i = 0; i < 5; i++) expect(faults.take('token')?.kind).toBe('reset');
    armed.remove();
    expect(faults.take('token')).toBeNull();
  });

  it('refuses unknown routes and bad counts, naming the routes it has', () => {
    const faults = new FaultSwitchboard(() => routes);
    expect(() => faults.add({ route: 'qurey', kind: 'serverError' })).toThrow(
      'Unknown route qurey; routes are: query, describe, token.',
    );
    expect(() => faults.add({ route: 'query', kind: 'serverError', count: 0 })).toThrow(
      'at least 1',
    );
    expect(() => faults.add({ route: 'query', kind: 'slow', delayMs: -1 })).toThrow('delayMs');
    faults.clear();
    expect(faults.list()).toEqual([]);
  });
});
