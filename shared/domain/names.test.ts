import { describe, expect, it } from 'vitest';
import { byName, internalNameSchema, labelSchema, nameKey, sameName } from './names';

const messagesOf = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message);

describe('labelSchema', () => {
  it.each([
    ['NUL', 'a\0b', 'U+0000, a control character'],
    ['a tab inside', 'tab\there', 'U+0009, a control character'],
    ['DEL', 'x\x7f', 'U+007F, a control character'],
    ['a C1 control', 'next\u0085line', 'U+0085, a control character'],
    [
      'a right-to-left override',
      'invoice\u202Etxt.exe',
      'U+202E, a bidirectional control character',
    ],
    ['a left-to-right embedding', '\u202Aabc', 'U+202A, a bidirectional control character'],
    ['a right-to-left isolate', 'a\u2067b', 'U+2067, a bidirectional control character'],
    ['a pop directional isolate', 'a\u2069b', 'U+2069, a bidirectional control character'],
    ['a lone high surrogate', 'x\uD800', 'U+D800, a lone surrogate'],
    ['a lone low surrogate', '\uDC00y', 'U+DC00, a lone surrogate'],
  ])('refuses %s, naming the character', (_, label, found) => {
    expect(messagesOf(labelSchema.safeParse(label))).toEqual([
      `Label holds ${found}, which is not allowed.`,
    ]);
  });

  it.each([
    ['accents and emoji', 'Café ☕ 😀'],
    ['right-to-left script', 'عميل محتمل'],
    ['a right-to-left mark', 'abc\u200F'],
    ['an empty label', ''],
  ])('accepts %s', (_, label) => {
    expect(labelSchema.parse(label)).toBe(label);
  });

  it('trims surrounding whitespace (line ends included) before checking', () => {
    expect(labelSchema.parse('  Lead source\n')).toBe('Lead source');
  });
});

describe('internalNameSchema', () => {
  it('names the character it refuses, instead of the general rule', () => {
    expect(messagesOf(internalNameSchema.safeParse('Lead\0Source'))).toEqual([
      'Internal name holds U+0000, a control character, which is not allowed.',
    ]);
    expect(messagesOf(internalNameSchema.safeParse('Lead\u202ESource'))).toEqual([
      'Internal name holds U+202E, a bidirectional control character, which is not allowed.',
    ]);
  });

  it('keeps the general rule for other characters', () => {
    expect(messagesOf(internalNameSchema.safeParse('Lead Source'))).toEqual([
      'Internal name must start with a letter or underscore and hold only letters, digits and underscores.',
    ]);
  });
});

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
