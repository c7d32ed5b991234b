import { describe, expect, it } from 'vitest';
import { appStateOf } from './app-state';

const base = { setUp: true, instance: { internalName: 'acme' }, operator: null };

describe('appStateOf', () => {
  it('follows the session', () => {
    expect(appStateOf(false, null)).toBe('loading');
    expect(appStateOf(false, { setUp: false, instance: null, operator: null })).toBe('setup');
    expect(appStateOf(false, base)).toBe('logon');
    expect(appStateOf(false, { ...base, operator: { name: 'admin', label: 'Admin' } })).toBe(
      'ready',
    );
  });

  it('says expired whatever the session, once the address is refused', () => {
    expect(appStateOf(true, base)).toBe('expired');
    expect(appStateOf(true, null)).toBe('expired');
  });
});
