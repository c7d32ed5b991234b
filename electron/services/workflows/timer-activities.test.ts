import { describe, expect, it } from 'vitest';
import { engines } from '../../test-support/record-stores';
import { activity, workflowOf, type EngineFixture } from './test-support/engine-fixture';
import { eachEngineFixture } from './test-support/each-engine-fixture';

const minute = 60_000;

/** Start, Scheduler, Wait and End as the engine runs them, on a clock the test moves. */
describe.each(engines)('timer activities on %s', (engine) => {
  let f: EngineFixture;
  let fired: number[];
  eachEngineFixture({ engine }, (opened) => {
    f = opened;
    fired = [];
    f.behaviours.set('work', () => {
      fired.push(f.timers.now());
      return Promise.resolve({ outputs: {} });
    });
  });

  const scheduled = (schedule: Record<string, unknown>) =>
    f.service.create(
      workflowOf('wkfTimer', [
        activity('when', 'scheduler', { schedule }),
        activity('work', 'javascript'),
      ]),
    );

  it('Scheduler once: a time already past fires at once', async () => {
    await scheduled({ kind: 'once', at: '2026-11-19T08:00:00Z' });
    const run = await f.engine.settled((await f.engine.start('wkfTimer')).id);
    expect(run.status).toBe('succeeded');
    expect(fired).toEqual([f.timers.now()]);
    expect(f.timers.slept).toEqual([]);
  });

  it('Scheduler once: waits for a time to come, then fires', async () => {
    await scheduled({ kind: 'once', at: '2026-11-20T08:10:00Z' });
    const { id } = await f.engine.start('wkfTimer');
    expect(await f.timers.sleeping()).toBe(10 * minute);
    expect(f.engine.run(id)).toMatchObject({
      status: 'running',
      activities: { when: { state: 'pending', waitingUntil: '2026-11-20T08:10:00.000Z' } },
    });
    expect(fired).toEqual([]);
    f.timers.advance(10 * minute);
    expect((await f.engine.settled(id)).status).toBe('succeeded');
    expect(fired).toEqual([Date.parse('2026-11-20T08:10:00Z')]);
  });

  it('Scheduler every N minutes: fires now and again N minutes later, until cancelled', async () => {
    await scheduled({ kind: 'every', minutes: 5 });
    const { id } = await f.engine.start('wkfTimer');
    expect(await f.timers.sleeping()).toBe(5 * minute);
    const start = f.timers.now();
    expect(fired).toEqual([start]);
    f.timers.advance(5 * minute);
    expect(await f.timers.sleeping()).toBe(5 * minute);
    expect(fired).toEqual([start, start + 5 * minute]);
    expect(f.engine.run(id).activities.when).toMatchObject({ state: 'pending', executions: 2 });

    const cancelled = await f.engine.cancel(id);
    expect(cancelled.status).toBe('cancelled');
    expect(fired).toHaveLength(2);
  });

  it('Scheduler daily: waits for the next local time, fires, and queues the next day', async () => {
    const eightLocal = new Date(f.timers.now());
    eightLocal.setHours(8, 0, 0, 0);
    // To 08:00 local time, whatever the machine's zone.
    f.timers.advance(eightLocal.getTime() - f.timers.now() + 24 * 60 * minute);
    await scheduled({ kind: 'daily', time: '09:30' });
    const { id } = await f.engine.start('wkfTimer');
    expect(await f.timers.sleeping()).toBe(90 * minute);
    f.timers.advance(90 * minute);
    expect(await f.timers.sleeping()).toBe(24 * 60 * minute);
    expect(fired).toHaveLength(1);
    expect(new Date(fired[0] ?? 0).getHours()).toBe(9);
    await f.engine.cancel(id);
  });

  it('Wait: resumed after a pause, waits only what is left, then passes its input on', async () => {
    await f.service.create(
      workflowOf('wkfWait', [
        activity('start', 'start'),
        activity('query', 'query'),
        activity('pause', 'wait', { seconds: 60 }),
        activity('end', 'end'),
      ]),
    );
    f.behaviours.set('query', async (c) => {
      const table = await c.createWorkTable(
        'Rows',
        [{ name: 'id', label: 'Id', type: 'long' }],
        ['id'],
      );
      await c.env.records.upsert(table, [{ id: 1 }, { id: 2 }]);
      return { outputs: { ok: { table, count: 2 } } };
    });
    const { id } = await f.engine.start('wkfWait');
    expect(await f.timers.sleeping()).toBe(60_000);
    expect(f.engine.run(id).activities.pause?.waitingUntil).toBe('2026-11-20T08:01:00.000Z');
    f.timers.advance(20_000);
    const paused = await f.engine.pause(id);
    expect(paused.status).toBe('paused');
    expect(paused.activities.pause).toMatchObject({ state: 'pending', waitingUntil: null });

    await f.engine.resume(id);
    expect(await f.timers.sleeping()).toBe(40_000);
    // The same execution goes on: its due time and start are those of before the pause.
    expect(f.engine.run(id).activities.pause).toMatchObject({
      executions: 1,
      startedAt: '2026-11-20T08:00:00.000Z',
      waitingUntil: '2026-11-20T08:01:00.000Z',
    });
    f.timers.advance(40_000);
    const run = await f.engine.settled(id);
    expect(run).toMatchObject({
      status: 'succeeded',
      activities: {
        pause: { executions: 1, input: 2, outputs: { ok: { count: 2 } }, waitingUntil: null },
        end: { input: 2 },
      },
    });
    expect(run.activities.end?.startedAt).toBe('2026-11-20T08:01:00.000Z');
  });

  it('Wait: ends at once when the run is cancelled', async () => {
    await f.service.create(
      workflowOf('wkfWait', [
        activity('start', 'start'),
        activity('pause', 'wait', { seconds: 3600 }),
      ]),
    );
    const { id } = await f.engine.start('wkfWait');
    await f.timers.sleeping();
    expect((await f.engine.cancel(id)).status).toBe('cancelled');
  });
});
