import { describe, expect, it } from 'vitest';
import { byName, nameKey, sameName } from './names';

describe('names', () => {
  it('are the same name whatever their case', () => {
    expect(sameName('Recipients', 'RECIPIENTS')).toBe(true);
    expect(sameName('crm_account', 'Crm_Account')).toBe(true);
    expect(nameKey('Crm_Account')).toBe(nameKey('CRM_ACCOUNT'));
  });

  it('are different names when they differ by more than case, spaces included', () => {
    expect(sameName('account1', 'account2')).toBe(false);
    expect(sameName('account', 'account_')).toBe(false);
    expect(sameName(' account', 'account')).toBe(false);
  });

  it('sort alphabetically, case aside, keeping the order of names equal but for case', () => {
    const names = ['beta', 'Alpha', 'alpha2', 'ALPHA', 'Gamma', '_under'].map((name) => ({ name }));
    expect([...names].sort(byName).map((n) => n.name)).toEqual([
      '_under',
      'Alpha',
      'ALPHA',
      'alpha2',
      'beta',
      'Gamma',
    ]);
  });
});
