import { describe, expect, it } from 'vitest';
import { englishText, msg, consoleMessageSchema, wordedParams } from './message';

describe('messages worded by key', () => {
  it('keeps the key and the values, and serialises as plain data', () => {
    const message = msg('messages:workflows.notFound', { name: 'wkfImport' });
    expect(JSON.parse(JSON.stringify(message))).toEqual({
      key: 'messages:workflows.notFound',
      params: { name: 'wkfImport' },
    });
    expect(msg('messages:session.logOnFirst')).toEqual({ key: 'messages:session.logOnFirst' });
  });

  it('words the English text from the catalogue, plurals and values as given', () => {
    expect(englishText(msg('messages:workflows.notFound', { name: 'wkfImport' }))).toBe(
      "Workflow 'wkfImport' does not exist.",
    );
    expect(englishText(msg('messages:log.selected', { count: 1, table: 'Recipients' }))).toBe(
      '1 row of Recipients selected.',
    );
    expect(englishText(msg('messages:log.selected', { count: 1200, table: 'Recipients' }))).toBe(
      '1200 rows of Recipients selected.',
    );
    // A CRM's own text is a value: never escaped, never read as a placeholder.
    expect(englishText(msg('messages:crm.failed', { crmMessage: "{{x}} <b> & 'y'" }))).toBe(
      "{{x}} <b> & 'y'",
    );
  });

  it('accepts only keys of the messages catalogue at a boundary', () => {
    expect(consoleMessageSchema.safeParse({ key: 'messages:runs.done' }).success).toBe(true);
    expect(consoleMessageSchema.safeParse({ key: 'common:cancel' }).success).toBe(false);
    expect(
      consoleMessageSchema.safeParse({ key: 'messages:runs.done', params: { a: {} } }).success,
    ).toBe(false);
  });

  it('words a message given as a parameter of another, at any depth, and checks it at a boundary', () => {
    const inner = msg('messages:workflows.notFound', { name: 'wkfImport' });
    expect(englishText(msg('messages:records.storeRefused', { reason: inner }))).toBe(
      "Workflow 'wkfImport' does not exist.",
    );
    expect(wordedParams({ reason: inner, count: 2 }, (m) => m.key)).toEqual({
      reason: 'messages:workflows.notFound',
      count: 2,
    });
    expect(
      consoleMessageSchema.safeParse({
        key: 'messages:records.storeRefused',
        params: { reason: { key: 'messages:runs.done' } },
      }).success,
    ).toBe(true);
    expect(
      consoleMessageSchema.safeParse({
        key: 'messages:records.storeRefused',
        params: { reason: { key: 'common:cancel' } },
      }).success,
    ).toBe(false);
  });
});
