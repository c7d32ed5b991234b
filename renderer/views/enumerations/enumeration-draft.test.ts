import { describe, expect, it } from 'vitest';
import {
  addRow,
  draftFromEnumeration,
  enumerationFromDraft,
  moveRow,
  removeRow,
  updateRow,
  validateEnumerationDraft,
} from './enumeration-draft';

const enumeration = {
  name: 'industry',
  label: 'Industry',
  values: [
    { value: 'agri', label: 'Agriculture', enabled: true },
    { value: 'bank', label: 'Banking', enabled: true },
    { value: 'chem', label: 'Chemicals', enabled: false },
  ],
};

describe('enumeration draft', () => {
  it('round-trips an enumeration, with a distinct key per row', () => {
    const draft = draftFromEnumeration(enumeration);
    expect(new Set(draft.values.map((r) => r.key)).size).toBe(3);
    expect(enumerationFromDraft(draft)).toEqual(enumeration);
  });

  it('moves rows up and down, and ignores moves past either end', () => {
    const rows = draftFromEnumeration(enumeration).values;
    expect(moveRow(rows, 2, -1).map((r) => r.value)).toEqual(['agri', 'chem', 'bank']);
    expect(moveRow(rows, 0, 1).map((r) => r.value)).toEqual(['bank', 'agri', 'chem']);
    expect(moveRow(rows, 0, -1)).toEqual(rows);
    expect(moveRow(rows, 2, 1)).toEqual(rows);
  });

  it('adds an enabled empty row, updates and removes rows', () => {
    const rows = addRow(draftFromEnumeration(enumeration).values);
    expect(rows[3]).toMatchObject({ value: '', label: '', enabled: true });
    const changed = updateRow(rows, 3, { value: 'dist' });
    expect(changed[3]?.value).toBe('dist');
    expect(removeRow(changed, 0).map((r) => r.value)).toEqual(['bank', 'chem', 'dist']);
  });

  it('flags a duplicate value on the later row, with the shared schema’s path', () => {
    const draft = draftFromEnumeration(enumeration);
    draft.values = updateRow(draft.values, 2, { value: 'agri' });
    const messages = validateEnumerationDraft(draft);
    expect(messages.get('values.2.value')).toBe("Value 'agri' is already used by row 1.");
  });

  it('flags a missing value and name together', () => {
    const draft = { ...draftFromEnumeration(enumeration), name: '' };
    draft.values = addRow(draft.values);
    const messages = validateEnumerationDraft(draft);
    expect(messages.get('name')).toBe('Internal name is required.');
    expect(messages.get('values.3.value')).toBe('Each value needs a value.');
  });
});
