import { describe, expect, it } from 'vitest';
import { describeThrown, describeThrownForLog } from './describe-thrown';

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const trapping = new Proxy(
  {},
  {
    get: () => {
      throw new Error('get trap');
    },
    getPrototypeOf: () => {
      throw new Error('prototype trap');
    },
  },
);
const circular: Record<string, unknown> = { message: 'loops' };
circular.self = circular;

describe('describeThrown', () => {
  it('gives the message of an error, or the text of a primitive', () => {
    expect(describeThrown(new TypeError('bad type'))).toBe('bad type');
    expect(describeThrown('plain')).toBe('plain');
    expect(describeThrown(42)).toBe('42');
    expect(describeThrown(10n)).toBe('10');
    expect(describeThrown(undefined)).toBe('undefined');
    expect(describeThrown(null)).toBe('null');
    expect(describeThrown(Symbol('sym'))).toBe('Symbol(sym)');
    expect(describeThrown({ message: 'duck-typed' })).toBe('duck-typed');
    expect(describeThrown(circular)).toBe('loops');
    expect(describeThrown({ toString: () => 'own text' })).toBe('own text');
  });

  it.each([
    ['a revoked Proxy', revoked()],
    ['a Proxy whose traps throw', trapping],
    ['an object with no prototype', Object.create(null) as object],
    [
      'a toString that throws',
      {
        toString: () => {
          throw new Error('no text');
        },
      },
    ],
    ['a toString that returns an object', { toString: () => ({}), valueOf: () => ({}) }],
  ])('never throws, for %s', (_, value) => {
    expect(describeThrown(value)).toBe('a value that cannot be shown as text');
    expect(describeThrownForLog(value)).toBe('a value that cannot be shown as text');
  });

  it('falls back to toString when the message cannot be read', () => {
    const getterOnly = {
      get message(): string {
        throw new Error('boom');
      },
    };
    expect(describeThrown(getterOnly)).toBe('[object Object]');
    const value = {
      get message(): string {
        throw new Error('boom');
      },
      toString: () => 'described',
    };
    expect(describeThrown(value)).toBe('described');
  });
});

describe('describeThrownForLog', () => {
  it('gives the stack when there is one', () => {
    const error = new Error('with stack');
    expect(describeThrownForLog(error)).toBe(error.stack);
    expect(describeThrownForLog({ message: 'm', stack: 'at somewhere' })).toBe('m\nat somewhere');
    expect(describeThrownForLog('plain')).toBe('plain');
  });

  it('does without a stack that cannot be read', () => {
    const value = {
      message: 'kept',
      get stack(): string {
        throw new Error('boom');
      },
    };
    expect(describeThrownForLog(value)).toBe('kept');
  });
});
