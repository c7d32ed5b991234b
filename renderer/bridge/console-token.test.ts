import { describe, expect, it } from 'vitest';
import { takeConsoleToken, type TokenEnvironment } from './console-token';

function environment(href: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const replaced: string[] = [];
  const env: TokenEnvironment = {
    location: { href },
    storage: {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
    },
    history: {
      state: null,
      replaceState: (_state, _unused, url) => void replaced.push(String(url)),
    },
  };
  return { env, storage, replaced };
}

describe('takeConsoleToken', () => {
  it('takes the token from the address, keeps it for the tab and strips it from the address', () => {
    const { env, storage, replaced } = environment('http://127.0.0.1:4000/?token=abc&x=1#top');
    expect(takeConsoleToken(env)).toBe('abc');
    expect([...storage.values()]).toEqual(['abc']);
    expect(replaced).toEqual(['/?x=1#top']);
  });

  it('falls back to the kept token after a reload', () => {
    const first = environment('http://127.0.0.1:4000/?token=abc');
    takeConsoleToken(first.env);
    const reload = environment('http://127.0.0.1:4000/', Object.fromEntries(first.storage));
    expect(takeConsoleToken(reload.env)).toBe('abc');
    expect(reload.replaced).toEqual([]);
  });

  it('prefers a new address over the kept token', () => {
    const { env } = environment('http://127.0.0.1:4000/?token=new', {
      'crm-console.token': 'old',
    });
    expect(takeConsoleToken(env)).toBe('new');
  });

  it('returns null when there is no token anywhere', () => {
    expect(takeConsoleToken(environment('http://127.0.0.1:4000/').env)).toBeNull();
  });
});
