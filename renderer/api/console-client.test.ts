import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ConsoleBridge } from '../../shared/bridge';
import { channels, type Channel } from '../../shared/contract';
import type { Option } from '../../shared/domain/options';
import type { Envelope } from '../../shared/errors';
import type { ConsoleEvent } from '../../shared/events';
import { ConsoleCallError } from './console-call-error';
import { createConsoleClient } from './console-client';

interface Call {
  channel: Channel;
  arg: unknown;
}

/** A bridge that records calls and answers from a table of envelopes. */
function fakeBridge(answers: Partial<Record<Channel, unknown>>) {
  const calls: Call[] = [];
  const bridge: ConsoleBridge = {
    invoke: async (channel, arg) => {
      calls.push({ channel, arg });
      return (answers[channel] ?? { ok: true, value: null }) as Envelope<unknown>;
    },
    onEvent: (_listener: (event: ConsoleEvent) => void) => () => undefined,
  };
  return { bridge, calls };
}

const option: Option = { name: 'NmsTest', label: 'Test', type: 'integer', value: '42' };

describe('createConsoleClient', () => {
  it('has one method per contract channel, named domain.method', () => {
    const api = createConsoleClient(fakeBridge({}).bridge);
    for (const channel of channels) {
      const [domain, method] = channel.split('.') as [keyof typeof api, string];
      expect(typeof Reflect.get(api[domain], method)).toBe('function');
    }
  });

  it('sends the channel and argument, and returns the value of a success', async () => {
    const { bridge, calls } = fakeBridge({ 'options.list': { ok: true, value: [option] } });
    const api = createConsoleClient(bridge);
    await expect(api.options.list()).resolves.toEqual([option]);
    await api.options.delete({ name: 'NmsTest' });
    expect(calls).toEqual([
      { channel: 'options.list', arg: undefined },
      { channel: 'options.delete', arg: { name: 'NmsTest' } },
    ]);
  });

  it('types arguments and results from the contract', () => {
    const api = createConsoleClient(fakeBridge({}).bridge);
    expectTypeOf(api.options.list).parameters.toEqualTypeOf<[arg?: undefined]>();
    expectTypeOf(api.options.list).returns.resolves.toEqualTypeOf<Option[]>();
    expectTypeOf(api.session.logOn).parameter(0).toEqualTypeOf<{
      operator: string;
      password: string;
    }>();
    // @ts-expect-error: channels that take an argument refuse a call without one.
    const callWithoutArg = () => api.enumerations.get();
    expect(typeof callWithoutArg).toBe('function');
  });

  it('throws a ConsoleCallError rebuilt from the error payload', async () => {
    const { bridge } = fakeBridge({
      'options.create': {
        ok: false,
        error: {
          code: 'ALREADY_EXISTS',
          message: "Option 'NmsTest' already exists.",
          details: { issues: [{ path: 'name', message: 'Already used.' }] },
        },
      },
    });
    const error = await createConsoleClient(bridge)
      .options.create(option)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConsoleCallError);
    expect(error).toMatchObject({
      code: 'ALREADY_EXISTS',
      message: "Option 'NmsTest' already exists.",
      channel: 'options.create',
      issues: [{ path: 'name', message: 'Already used.' }],
    });
  });

  it('keeps retryAfterMs of a locked logon', async () => {
    const { bridge } = fakeBridge({
      'session.logOn': {
        ok: false,
        error: { code: 'LOGON_LOCKED', message: 'Locked.', details: { retryAfterMs: 30_000 } },
      },
    });
    const error = await createConsoleClient(bridge)
      .session.logOn({ operator: 'admin', password: 'x' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'LOGON_LOCKED', retryAfterMs: 30_000 });
  });

  it('refuses an envelope it cannot read, or an error payload with an unknown code', async () => {
    const { bridge } = fakeBridge({
      'options.list': { nonsense: true },
      'enumerations.list': { ok: false, error: { code: 'TEAPOT', message: 'no' } },
    });
    const api = createConsoleClient(bridge);
    await expect(api.options.list()).rejects.toMatchObject({ code: 'INTERNAL' });
    await expect(api.enumerations.list()).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
