import { describe, expect, it } from 'vitest';
import { RequestTriggers } from './request-triggers';

describe('RequestTriggers', () => {
  it('acts once at the n-th request counted over its routes, in the phase asked', () => {
    const triggers = new RequestTriggers();
    const seen: string[] = [];
    triggers.observe('query', 'before');
    triggers.at(['query', 'queryMore'], 2, 'after', () => seen.push('second'));
    triggers.at(['queryMore'], 1, 'before', () => seen.push('first more'));
    for (const route of ['query', 'queryMore', 'queryMore', 'collectionsCreate']) {
      triggers.observe(route, 'before');
      triggers.observe(route, 'after');
    }
    expect(seen).toEqual(['first more', 'second']);
    expect(triggers.count('queryMore')).toBe(2);
    expect(triggers.count('query')).toBe(2);
  });

  it('forgets what it was to do once cleared', () => {
    const triggers = new RequestTriggers();
    let fired = false;
    triggers.at(['query'], 1, 'before', () => (fired = true));
    triggers.clear();
    triggers.observe('query', 'before');
    expect(fired).toBe(false);
  });
});
