import { describe, expect, it } from 'vitest';
import { caseSafeSuffix, compareIds, normalizeId, parseRecordId, recordId } from './ids';

describe('Salesforce ids', () => {
  it('computes the case-safe suffix of known ids', () => {
    expect(caseSafeSuffix('a0D30000001n7Pi')).toBe('EAI');
    expect(caseSafeSuffix('0015000000Gv7qJ')).toBe('AAR');
  });

  it('builds 18-character ids with the key prefix and a valid suffix', () => {
    const id = recordId('003', 41);
    expect(id).toMatch(/^003[0-9A-Za-z]{15}$/);
    expect(id.slice(15)).toBe(caseSafeSuffix(id.slice(0, 15)));
    expect(parseRecordId(id)).toEqual({ keyPrefix: '003', position: 41 });
  });

  it('accepts 15-character ids and 18-character ids in any letter case', () => {
    const id = recordId('001', 123_456);
    expect(normalizeId(id.slice(0, 15))).toBe(id);
    expect(normalizeId(id.toLowerCase())).toBe(id);
    expect(normalizeId(id.toUpperCase())).toBe(id);
    expect(normalizeId('abc')).toBeNull();
    expect(normalizeId('003Kc0000!5ftgHIAQ')).toBeNull();
  });

  it('sorts in creation order', () => {
    const ids = [0, 1, 61, 62, 3843, 3844, 999_999].map((n) => recordId('003', n));
    expect([...ids].sort(compareIds)).toEqual(ids);
    expect([...ids].sort()).toEqual(ids);
  });
});
