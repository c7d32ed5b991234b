import { describe, expect, it } from 'vitest';
import { validateOptionDraft, type OptionDraft } from './option-draft';

const draft = (change: Partial<OptionDraft>): OptionDraft => ({
  name: 'LASTIMPORT_test_import',
  label: '',
  type: 'datetime',
  value: '2026/11/20 08:30:00',
  ...change,
});

describe('validateOptionDraft', () => {
  it('accepts a well-formed option', () => {
    expect(validateOptionDraft(draft({})).size).toBe(0);
  });

  it('refuses a malformed date with the expected format in the message', () => {
    expect(validateOptionDraft(draft({ value: '2026-11-20 8:30' })).get('value')).toContain(
      'yyyy/MM/dd hh:mm:ss',
    );
  });

  it('checks the value even while the name is invalid', () => {
    const messages = validateOptionDraft(draft({ name: '1bad', type: 'integer', value: 'x' }));
    expect([...messages.keys()].sort()).toEqual(['name', 'value']);
  });

  it('refuses an empty internal name', () => {
    expect(validateOptionDraft(draft({ name: '' })).get('name')).toBe('Internal name is required.');
  });
});
