import { describe, expect, it } from 'vitest';
import { activity, workflowOf, type EngineFixture } from './test-support/engine-fixture';
import { eachEngineFixture } from './test-support/each-engine-fixture';

const revokedProxy = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

/** Values an activity (or a library under it) may throw that are not a plain Error. */
const thrown: [string, () => unknown, string][] = [
  [
    'an object whose message getter throws',
    () => ({
      get message(): string {
        throw new Error('boom');
      },
    }),
    '[object Object]',
  ],
  ['a revoked Proxy', revokedProxy, 'a value that cannot be shown as text'],
  [
    'an object with no prototype',
    () => Object.create(null),
    'a value that cannot be shown as text',
  ],
  ['a symbol', () => Symbol('odd'), 'Symbol(odd)'],
  ['null', () => null, 'null'],
];

describe('WorkflowEngine, when an activity throws something that is not an Error', () => {
  let f: EngineFixture;
  eachEngineFixture({}, (opened) => {
    f = opened;
  });

  it.each(thrown)('suspends the run with a readable message for %s', async (_, value, text) => {
    await f.service.create(
      workflowOf('wkfOdd', [activity('start', 'start'), activity('odd', 'javascript')]),
    );
    f.behaviours.set('odd', () => Promise.reject(value()));
    const run = await f.engine.settled((await f.engine.start('wkfOdd')).id);
    expect(run).toMatchObject({
      status: 'suspended',
      message: `Activity 'odd' failed: ${text}`,
      activities: { odd: { state: 'failed', error: text } },
    });
    expect(await f.engine.log(run.id, 0, 100)).toContainEqual(
      expect.objectContaining({ level: 'error', activity: 'odd', text }),
    );
  });
});
