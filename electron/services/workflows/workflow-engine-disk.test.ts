import { describe, expect, it } from 'vitest';
import type { ActivityContext } from './activity';
import { activity, workflowOf, type EngineFixture } from './test-support/engine-fixture';
import { eachEngineFixture } from './test-support/each-engine-fixture';
import { produce } from './test-support/engine-helpers';

/**
 * A data folder that refuses writes: as root here no folder can be made to (root ignores
 * permissions), so the activity meets the error the file system gives a read-only folder.
 */
function readOnlyOnce() {
  let calls = 0;
  return async (c: ActivityContext) => {
    calls += 1;
    if (calls === 1)
      throw Object.assign(new Error(`EROFS: read-only file system, open '${c.workDir}/x.tmp'`), {
        code: 'EROFS',
      });
    return { outputs: { ok: await produce(c, [1]) } };
  };
}

describe('WorkflowEngine, when the data folder refuses writes', () => {
  let f: EngineFixture;
  eachEngineFixture({ engine: 'sqlite' }, (opened) => {
    f = opened;
  });

  it('suspends the run, even for an activity set to abort, naming the folder; Resume finishes it', async () => {
    await f.service.create(
      workflowOf('wkfDisk', [
        activity('start', 'start'),
        activity('export', 'javascript', { onError: 'abort' }),
        activity('end', 'end'),
      ]),
    );
    f.behaviours.set('export', readOnlyOnce());
    const started = await f.engine.start('wkfDisk');
    const suspended = await f.engine.settled(started.id);
    const message = `The console cannot write to ${f.records.dataDir}: it is read-only. Nothing was lost; make the folder writable, then try again.`;
    expect(suspended).toMatchObject({
      status: 'suspended',
      message,
      activities: { export: { state: 'failed', error: message }, end: { state: 'idle' } },
    });
    expect(suspended.message).not.toContain('.tmp');

    await f.engine.resume(started.id);
    expect(await f.engine.settled(started.id)).toMatchObject({
      status: 'succeeded',
      activities: { export: { state: 'done' }, end: { state: 'done', input: 1 } },
    });
  });
});
