import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, contract, type Channel } from '../../shared/contract';
import { demoSalesforceAccount } from '../../shared/domain/demo-accounts';
import { recipientsTableName } from '../../shared/domain/recipients';
import { errorPayloadSchema } from '../../shared/errors';
import { adminPassword, openTempConsole, type TempConsole } from '../test-support/temp-console';
import { nearValid } from '../test-support/zod-arbitrary';
import { dataFolder } from '../core/data-folder';

/** Fixed, so a failure replays; fast-check prints the shrunk call. */
const seed = 12_2026;
const numRuns = 2500;

/** What the administrator must never see: a stack, or the text of a JavaScript error. */
const jsErrorText =
  /\n\s+at |\b(TypeError|ReferenceError|SyntaxError|RangeError|URIError|EvalError)\b|Cannot read properties|is not a function|is not iterable|\[object Object\]/;

/** An option, an enumeration, the recipients table and the Demo account: calls that find them go deeper. */
const knownNames = ['Keep', 'Gender', recipientsTableName, demoSalesforceAccount.name];

let t: TempConsole;
const configBytes = () => readFile(join(t.dataDir, dataFolder.config), 'utf8');

beforeAll(async () => {
  t = await openTempConsole({ loggedOn: true });
  const d = t.core.dispatcher;
  await d.dispatch('options.create', { name: 'Keep', label: 'Kept', type: 'integer', value: '1' });
  await d.dispatch('enumerations.create', {
    name: 'Gender',
    label: 'Gender',
    values: [{ value: 'm', label: 'Male', enabled: true }],
  });
});
afterAll(() => t.dispose());

const argumentFor = (channel: Channel) =>
  fc.oneof(
    { arbitrary: nearValid(contract[channel].arg, knownNames), weight: 4 },
    { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
    {
      arbitrary: fc.anything({
        maxDepth: 2,
        withNullPrototype: true,
        withBoxedValues: true,
        withSparseArray: true,
        withObjectString: true,
      }),
      weight: 1,
    },
  );

const call = fc
  .constantFrom(...channels)
  .chain((channel) => argumentFor(channel).map((arg) => ({ channel, arg })));

describe('every contract channel, with arbitrary arguments', () => {
  it('answers an envelope; a refusal is clear, never INTERNAL, and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(call, async ({ channel, arg }) => {
        // A generated session.logOff must not turn every later call into NOT_LOGGED_ON.
        if (!t.core.session.isLoggedOn())
          await t.core.session.logOn({ operator: 'admin', password: adminPassword });
        const before = await configBytes();
        const outcome = await t.core.dispatcher.dispatch(channel, arg);
        if (outcome.ok) return;
        const error = errorPayloadSchema.parse(outcome.error);
        expect(error.code).not.toBe('INTERNAL');
        expect(error.message).not.toBe('');
        expect(error.message).not.toMatch(jsErrorText);
        expect(await configBytes()).toBe(before);
      }),
      { seed, numRuns },
    );
    // About ten seconds alone; a loaded two-core machine can take several times that.
  }, 120_000);

  it('refuses anything that is not a channel name as UNKNOWN_CHANNEL', async () => {
    const notChannel = fc
      .anything({ maxDepth: 1, withNullPrototype: true, withBoxedValues: true })
      .filter((value) => !(typeof value === 'string' && Object.hasOwn(contract, value)));
    await fc.assert(
      fc.asyncProperty(notChannel, async (channel) => {
        const outcome = await t.core.dispatcher.dispatch(channel, undefined);
        expect(outcome).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      }),
      { seed, numRuns: 300 },
    );
  });
});
