import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openActivityHarness, type ActivityHarness } from '../test-support/activity-harness';
import { javascriptActivity } from './javascript';

/** Scripts that throw values whose description could itself throw, in the script's realm. */
describe('JavaScript code, when the script throws something odd', () => {
  let h: ActivityHarness;
  beforeAll(async () => {
    h = await openActivityHarness({ instance: 'acme' });
  });
  afterAll(() => h.dispose());

  const run = (script: string) =>
    h.execute(
      javascriptActivity.execute,
      {
        type: 'javascript',
        id: 'js1',
        label: 'JavaScript code',
        position: { x: 0, y: 0 },
        script,
        timeoutSeconds: 5,
      },
      null,
      { vars: {} },
    );

  it.each([
    [
      'an object whose message getter throws',
      "throw { get message() { throw new Error('boom'); } };",
      'JavaScript code: [object Object]',
    ],
    [
      'the same after an await',
      "await null;\nthrow { get message() { throw new Error('boom'); } };",
      'JavaScript code: [object Object]',
    ],
    [
      'a Proxy whose traps throw',
      'throw new Proxy({}, { get() { throw 1; }, getPrototypeOf() { throw 2; } });',
      'JavaScript code: threw a value that cannot be shown',
    ],
    [
      'an object with no prototype',
      'throw Object.create(null);',
      'JavaScript code: threw a value that cannot be shown',
    ],
    ['a symbol', "throw Symbol('odd');", 'JavaScript code: threw Symbol(odd)'],
  ])('fails at once with a readable message for %s', async (_, script, message) => {
    // Well inside the 5 s limit: a failure to describe would leave only the time-out to end it.
    await expect(run(script)).rejects.toThrow(message);
  });
});
