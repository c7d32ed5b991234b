import { describe, expect, it } from 'vitest';
import { compareDelete, compareExport, compareRows, outcomeText, rawErrorReason } from './verdict';

describe('rawErrorReason', () => {
  it('passes the connector and activity messages an administrator can act on', () => {
    for (const clear of [
      'https://127.0.0.1:4431 sent no complete answer within 3 seconds.',
      "The answer of https://127.0.0.1:4431 could not be read: it is not in the form of Salesforce's API.",
      'Salesforce answered SERVER_UNAVAILABLE: Server Unavailable',
      'Cannot write the journal of this execution in /tmp/x: the folder is not writable (operation not permitted). Make the folder writable (or free some space), then resume the run.',
    ])
      expect(rawErrorReason(clear), clear).toBeNull();
  });

  it("names what is raw in the runtime's or the client's own words", () => {
    expect(rawErrorReason("Cannot read properties of undefined (reading 'length')")).toBe(
      'a JavaScript TypeError',
    );
    expect(rawErrorReason('answer.map is not a function')).toBe('a JavaScript TypeError');
    expect(rawErrorReason('x is not defined')).toBe('a JavaScript ReferenceError');
    expect(rawErrorReason('Unexpected token < in JSON at position 0')).toBe('a JSON parser error');
    expect(
      rawErrorReason("EPERM: operation not permitted, open '/tmp/a/checkpoint.json.tmp'"),
    ).toBe('a system error code as Node words it');
    expect(rawErrorReason('Failed\n    at run (/work/x.ts:10:5)')).toBe('a stack trace');
    expect(rawErrorReason('[object Object]')).toBe('an object shown as [object Object]');
    expect(rawErrorReason('  ')).toBe('an empty message');
  });
});

describe('outcomeText', () => {
  it('says how a series of attempts ended', () => {
    expect(outcomeText([{ error: null }])).toBe('completed');
    expect(outcomeText([{ error: 'a' }, { error: null }])).toBe('completed after 1 resume');
    expect(outcomeText([{ error: 'a' }, { error: 'b' }, { error: null }])).toBe(
      'completed after 2 resumes',
    );
    expect(outcomeText([{ error: 'a' }, { error: 'still down' }])).toBe('stopped: still down');
    expect(outcomeText([])).toBe('stopped: never run');
  });
});

describe('compareRows', () => {
  const row = (id: string, ...values: string[]) => ({ id, values });

  it('holds when the table equals the CRM', () => {
    expect(compareRows([row('a', 'x'), row('b', 'y')], [row('b', 'y'), row('a', 'x')])).toEqual({
      nothingLost: true,
      nothingDuplicated: true,
      countsRight: true,
      details: "2 row(s), equal to the CRM's 2",
    });
  });

  it('tells rows missing, held twice, extra and changed apart', () => {
    const state = compareRows(
      [row('a', 'x'), row('b', 'y'), row('c', 'z')],
      [row('a', 'x'), row('a', 'x'), row('b', 'other'), row('d', 'w')],
    );
    expect(state).toMatchObject({
      nothingLost: false,
      nothingDuplicated: false,
      countsRight: false,
    });
    expect(state.details).toBe(
      "1 missing (c); 1 held twice (a); 1 not in the CRM's window (d); 1 with other values (b)",
    );
  });

  it('lists three ids and counts the rest', () => {
    const expected = ['a', 'b', 'c', 'd', 'e'].map((id) => row(id));
    expect(compareRows(expected, []).details).toBe('5 missing (a, b, c and 2 more)');
  });
});

describe('compareExport', () => {
  it('wants each accepted name once, each refused one never, and the counts to say so', () => {
    const counts = new Map([
      ['n1', 1],
      ['n2', 1],
    ]);
    expect(compareExport(['n1', 'n2'], ['n3'], counts, { ok: 2, reject: 1 })).toMatchObject({
      nothingLost: true,
      nothingDuplicated: true,
      countsRight: true,
    });
  });

  it('finds a lost record, a duplicate, a refused one written, and wrong counts', () => {
    const counts = new Map([
      ['n1', 2],
      ['n3', 1],
    ]);
    const state = compareExport(['n1', 'n2'], ['n3'], counts, { ok: 3, reject: null });
    expect(state).toMatchObject({
      nothingLost: false,
      nothingDuplicated: false,
      countsRight: false,
    });
    expect(state.details).toBe(
      '1 not in the CRM (n2); 1 in the CRM more than once (n1); 1 refused yet in the CRM (n3); OK counts 3, expected 2; Reject counts null, expected 1',
    );
  });
});

describe('compareDelete', () => {
  it('wants every accepted id gone', () => {
    expect(compareDelete(['a', 'b'], ['x'], new Set(), { ok: 2, reject: 1 })).toMatchObject({
      nothingLost: true,
      nothingDuplicated: true,
      countsRight: true,
    });
    const state = compareDelete(['a', 'b'], [], new Set(['b']), { ok: 1, reject: 1 });
    expect(state).toMatchObject({ nothingLost: false, countsRight: false });
    expect(state.details).toBe(
      '1 still in the CRM (b); OK counts 1, expected 2; Reject counts 1, expected 0',
    );
  });

  it('reads more OK than ids sent as a delete counted twice', () => {
    expect(compareDelete(['a'], [], new Set(), { ok: 2, reject: 0 }).nothingDuplicated).toBe(false);
  });
});
