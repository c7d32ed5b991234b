import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engines } from '../../test-support/record-stores';
import type { ActivityContext } from './activity';
import { activity, workflowOf, type EngineFixture } from './test-support/engine-fixture';
import { eachEngineFixture } from './test-support/each-engine-fixture';
import { produce, runFolder } from './test-support/engine-helpers';

/** An activity that throws `fails` times, then produces one row. */
function failing(fails: number) {
  let calls = 0;
  return async (c: ActivityContext) => {
    calls += 1;
    if (calls <= fails) throw new Error(`Attempt ${calls} failed.`);
    return { outputs: { ok: await produce(c, [7]) } };
  };
}

/** Start → flaky → End, plus an `other` branch from Start: it shows whether the run goes on. */
function flakyBesideOther(name: string, onError: 'ignore' | 'abort') {
  return workflowOf(
    name,
    [
      activity('start', 'start'),
      activity('flaky', 'javascript', { onError }),
      activity('end', 'end'),
      activity('other', 'query'),
    ],
    [{ from: 'start', output: 'ok', to: 'other' }],
    ['start', 'flaky', 'end'],
  );
}

describe.each(engines)('WorkflowEngine, when an activity throws, on %s', (engine) => {
  let f: EngineFixture;
  eachEngineFixture({ engine }, (opened) => {
    f = opened;
  });
  it('suspends the run by default, keeping the task; Resume re-runs it in the same folder', async () => {
    await f.service.create(
      workflowOf('wkfSuspend', [
        activity('start', 'start'),
        activity('flaky', 'javascript'),
        activity('end', 'end'),
      ]),
    );
    const workDirs: string[] = [];
    const flaky = failing(1);
    f.behaviours.set('flaky', (c) => {
      workDirs.push(c.workDir);
      return flaky(c);
    });
    const started = await f.engine.start('wkfSuspend');
    const suspended = await f.engine.settled(started.id);
    expect(suspended).toMatchObject({
      status: 'suspended',
      message: "Activity 'flaky' failed: Attempt 1 failed.",
      activities: {
        flaky: { state: 'failed', error: 'Attempt 1 failed.' },
        end: { state: 'idle' },
      },
    });
    expect(existsSync(workDirs[0] ?? '')).toBe(true);

    await f.engine.resume(started.id);
    const resumed = await f.engine.settled(started.id);
    expect(resumed).toMatchObject({
      status: 'succeeded',
      message: null,
      activities: {
        flaky: { state: 'done', executions: 1, error: null },
        end: { state: 'done', input: 1 },
      },
    });
    expect(workDirs[1]).toBe(workDirs[0]);
  });

  it('ignores the failure when told to: a warning, no transition, the run goes on', async () => {
    await f.service.create(flakyBesideOther('wkfIgnore', 'ignore'));
    f.behaviours.set('flaky', failing(1));
    f.behaviours.set('other', async (c) => ({ outputs: { ok: await produce(c, [1]) } }));
    const run = await f.engine.settled((await f.engine.start('wkfIgnore')).id);
    expect(run).toMatchObject({
      status: 'succeeded',
      activities: {
        flaky: { state: 'ignored', error: 'Attempt 1 failed.' },
        end: { state: 'idle', executions: 0 },
        other: { state: 'done' },
      },
    });
    const log = await f.engine.log(run.id, 0, 100);
    expect(log).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        activity: 'flaky',
        text: 'Attempt 1 failed. (ignored)',
      }),
    );
  });

  it('aborts the run when told to: failed, the queue dropped', async () => {
    await f.service.create(flakyBesideOther('wkfAbort', 'abort'));
    f.behaviours.set('flaky', failing(1));
    f.behaviours.set('other', () => Promise.reject(new Error('must not run')));
    const run = await f.engine.settled((await f.engine.start('wkfAbort')).id);
    expect(run).toMatchObject({
      status: 'failed',
      message: "Activity 'flaky' failed: Attempt 1 failed.",
      activities: { flaky: { state: 'failed' }, other: { state: 'idle', executions: 0 } },
    });
    expect(run.endedAt).not.toBeNull();
    expect(existsSync(join(runFolder(f, run.id), 'tasks'))).toBe(false);
    expect((await f.engine.resume(run.id).catch((e: unknown) => e)) as Error).toHaveProperty(
      'message',
      'Only a paused, suspended or interrupted run can be resumed; this one is failed.',
    );
  });

  it('fires the error transition with the input population when the activity has one', async () => {
    await f.service.create(
      workflowOf(
        'wkfErrors',
        [
          activity('start', 'start'),
          activity('query', 'query'),
          activity('crm', 'crmConnector', { behavior: { processErrors: true } }),
          activity('ok', 'end'),
          activity('onError', 'end'),
        ],
        [{ from: 'crm', output: 'error', to: 'onError' }],
        ['start', 'query', 'crm', 'ok'],
      ),
    );
    f.behaviours.set('query', async (c) => ({ outputs: { ok: await produce(c, [1, 2]) } }));
    f.behaviours.set('crm', () => Promise.reject(new Error('The CRM refused the login.')));
    const run = await f.engine.settled((await f.engine.start('wkfErrors')).id);
    expect(run).toMatchObject({
      status: 'succeeded',
      activities: {
        crm: {
          state: 'failed',
          error: 'The CRM refused the login.',
          outputs: { error: { count: 2 } },
        },
        ok: { state: 'idle', executions: 0 },
        onError: { state: 'done', input: 2 },
      },
    });
    expect(await f.engine.log(run.id, 0, 100)).toContainEqual(
      expect.objectContaining({ level: 'error', text: 'The CRM refused the login.' }),
    );
  });

  it('retries through a Wait loop until the activity succeeds', async () => {
    await f.service.create(
      workflowOf(
        'wkfRetry',
        [
          activity('start', 'start'),
          activity('crm', 'crmConnector', { behavior: { processErrors: true } }),
          activity('pause', 'wait', { seconds: 0 }),
          activity('end', 'end'),
        ],
        [
          { from: 'crm', output: 'error', to: 'pause' },
          { from: 'pause', output: 'ok', to: 'crm' },
        ],
        ['start', 'crm', 'end'],
      ),
    );
    f.behaviours.set('crm', failing(2));
    const run = await f.engine.settled((await f.engine.start('wkfRetry')).id);
    expect(run).toMatchObject({
      status: 'succeeded',
      activities: {
        crm: { state: 'done', executions: 3, error: null },
        pause: { state: 'done', executions: 2 },
        end: { state: 'done', input: 1 },
      },
    });
    const errors = (await f.engine.log(run.id, 0, 100)).filter((l) => l.level === 'error');
    expect(errors.map((l) => l.text)).toEqual(['Attempt 1 failed.', 'Attempt 2 failed.']);
  });
});
