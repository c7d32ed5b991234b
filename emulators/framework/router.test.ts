import { describe, expect, it } from 'vitest';
import type { Route } from './http-types';
import { Router } from './router';

const route = (name: string, method: Route['method'], path: string): Route => ({
  name,
  method,
  path,
  handle: () => ({ status: 204 }),
});

describe('router', () => {
  const router = new Router([
    route('whoAmI', 'GET', '/api/WhoAmI'),
    route('retrieve', 'GET', '/api/:set(:key)'),
    route('query', 'GET', '/api/:set'),
    route('update', 'PATCH', '/api/:set(:key)'),
  ]);

  it('matches segments mixing text and parameters, decoded, fixed ones first', () => {
    expect(router.match('GET', '/api/WhoAmI')).toMatchObject({
      kind: 'found',
      route: { name: 'whoAmI' },
    });
    expect(router.match('GET', "/api/contacts(new_code='A%20(1)')")).toMatchObject({
      kind: 'found',
      route: { name: 'retrieve' },
      params: { set: 'contacts', key: "new_code='A (1)'" },
    });
    expect(router.match('GET', '/api/contacts/')).toMatchObject({ params: { set: 'contacts' } });
  });

  it('tells a wrong method from no route at all', () => {
    const wrong = router.match('DELETE', '/api/contacts(1)');
    expect(wrong.kind === 'wrongMethod' && new Set(wrong.allowed)).toEqual(
      new Set(['GET', 'PATCH']),
    );
    expect(router.match('GET', '/other')).toEqual({ kind: 'none' });
    expect(router.match('GET', '/api/%E0%A4%A')).toEqual({ kind: 'none' });
  });
});
