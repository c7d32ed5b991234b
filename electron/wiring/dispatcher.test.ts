import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels, contract, type Channel } from '../../shared/contract';
import { openTempConsole, type TempConsole } from '../test-support/temp-console';
import { Dispatcher, type Handlers } from './dispatcher';
import { dataFolder } from '../core/data-folder';

/** Values that no channel accepts as its argument (no-argument channels accept only undefined). */
const malformed: unknown[] = [
  null,
  42,
  'options',
  [],
  { name: 42 },
  { name: 'has space', label: 'x', type: 'text', value: 'v' },
  { unexpected: true },
  { originalName: 'x' },
  { option: { name: 'A', label: '', type: 'datetime', value: '2026-01-01' } },
];

let t: TempConsole;
const configBytes = () => readFile(join(t.dataDir, dataFolder.config), 'utf8');

beforeEach(async () => {
  t = await openTempConsole({ loggedOn: true });
  const d = t.core.dispatcher;
  await d.dispatch('options.create', { name: 'Keep', label: 'Kept', type: 'integer', value: '1' });
  await d.dispatch('enumerations.create', {
    name: 'Gender',
    label: 'Gender',
    values: [{ value: 'm', label: 'Male', enabled: true }],
  });
});
afterEach(() => t.dispose());

describe('Dispatcher', () => {
  it.each(channels)('%s refuses every malformed argument and changes nothing', async (channel) => {
    const before = await configBytes();
    const status = t.core.session.status();
    for (const arg of malformed) {
      const outcome = await t.core.dispatcher.dispatch(channel, arg);
      expect(outcome, `${channel} with ${JSON.stringify(arg)}`).toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGUMENT' },
      });
    }
    expect(await configBytes()).toBe(before);
    expect(t.core.session.status()).toEqual(status);
  });

  it('names the offending field of a refused argument', async () => {
    const outcome = await t.core.dispatcher.dispatch('options.create', {
      name: 'LASTIMPORT_x',
      label: '',
      type: 'datetime',
      value: '2026-11-20 08:30',
    });
    expect(outcome).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', details: { issues: [{ path: 'value' }] } },
    });
  });

  it('refuses a label holding a bidirectional override, naming the field and the character', async () => {
    const before = await configBytes();
    const outcome = await t.core.dispatcher.dispatch('enumerations.create', {
      name: 'Source',
      label: 'Source',
      values: [{ value: 'web', label: 'invoice\u202Etxt.exe', enabled: true }],
    });
    expect(outcome).toEqual({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        // The path stays in the issues (for the field); the message reads as a sentence.
        message:
          'Line 1: Label holds U+202E, a bidirectional control character, which is not allowed.',
        key: 'messages:contract.invalidArgument',
        params: {
          issues:
            'Line 1: Label holds U+202E, a bidirectional control character, which is not allowed.',
        },
        details: {
          issues: [
            {
              path: 'values.0.label',
              message:
                'Label holds U+202E, a bidirectional control character, which is not allowed.',
              // The issue carries its catalogue message, for the window to word it.
              key: 'messages:input.labelForbidden',
              params: {
                character: { key: 'messages:input.character.bidi', params: { point: 'U+202E' } },
              },
            },
          ],
        },
      },
    });
    expect(await configBytes()).toBe(before);
  });

  it('refuses channels that are not in the contract', async () => {
    for (const name of ['options.drop', '__proto__', 'constructor', 42]) {
      expect(await t.core.dispatcher.dispatch(name, undefined)).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL' },
      });
    }
  });

  it('requires a logged-on operator for every channel but the logon ones', async () => {
    t.core.session.logOff();
    const before = await configBytes();
    const operatorOnly = channels.filter((c: Channel) => contract[c].access === 'operator');
    expect(operatorOnly).toContain('options.create');
    for (const channel of operatorOnly) {
      expect(await t.core.dispatcher.dispatch(channel, undefined)).toMatchObject({
        ok: false,
        error: { code: 'NOT_LOGGED_ON' },
      });
    }
    expect(await t.core.dispatcher.dispatch('session.status', undefined)).toMatchObject({
      ok: true,
      value: { setUp: true, operator: null },
    });
    expect(await configBytes()).toBe(before);
  });

  it('turns an unexpected failure into an INTERNAL error that does not repeat its text', async () => {
    const logged: string[] = [];
    const throwing = () => {
      throw new Error('disk says secret=hunter2');
    };
    const handlers = Object.fromEntries(channels.map((c) => [c, throwing])) as unknown as Handlers;
    const failing = new Dispatcher(handlers, { isLoggedOn: () => true }, (m) => logged.push(m));
    const outcome = await failing.dispatch('options.list', undefined);
    expect(outcome).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'The console hit an internal error; see its log.',
        key: 'messages:contract.internal',
      },
    });
    expect(JSON.stringify(outcome)).not.toContain('hunter2');
    expect(logged).toEqual(["Unexpected failure while handling 'options.list'"]);
  });
});
