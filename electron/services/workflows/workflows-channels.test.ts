import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleEvent } from '../../../shared/events';
import type { RunLogLine, RunView } from '../../../shared/domain/workflows/run-views';
import type { StoredWorkflow } from '../../../shared/domain/workflows/workflow-graph';
import { openTempConsole, type TempConsole } from '../../test-support/temp-console';

const workflow = {
  name: 'wkfChannels',
  label: 'Channels',
  activities: [
    { id: 'start', label: 'Start', position: { x: 0, y: 0 }, type: 'start' },
    { id: 'pause', label: 'Pause', position: { x: 100, y: 0 }, type: 'wait', seconds: 0 },
    { id: 'end', label: 'End', position: { x: 200, y: 0 }, type: 'end' },
  ],
  transitions: [
    { id: 't1', from: 'start', output: 'ok', to: 'pause' },
    { id: 't2', from: 'pause', output: 'ok', to: 'end' },
  ],
};

/** The workflows channels through the dispatcher, on the console core as the hosts build it. */
describe('workflows channels', () => {
  let t: TempConsole;
  beforeEach(async () => {
    t = await openTempConsole({ loggedOn: true });
  });
  afterEach(() => t.dispose());

  async function call<T>(channel: string, arg?: unknown): Promise<T> {
    const outcome = await t.core.dispatcher.dispatch(channel, arg);
    if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
    return outcome.value as T;
  }

  it('creates, runs and reports a workflow, then refuses a stale save', async () => {
    const events: ConsoleEvent[] = [];
    t.core.events.subscribe((e) => events.push(e));
    const created = await call<StoredWorkflow>('workflows.create', workflow);
    expect(created.version).toBe(1);

    const finished = new Promise<RunView>((resolve) => {
      t.core.events.subscribe((e) => {
        if (e.type === 'workflow.run' && e.run.status === 'succeeded') resolve(e.run);
      });
    });
    const started = await call<RunView>('workflows.start', { name: 'wkfChannels' });
    const run = await finished;
    expect(run.id).toBe(started.id);
    expect(run.activities.end).toMatchObject({ state: 'done', executions: 1 });
    expect(await call('workflows.run', { runId: run.id })).toEqual(run);
    expect(await call<RunView[]>('workflows.runs', { name: 'wkfChannels' })).toEqual([run]);
    const log = await call<RunLogLine[]>('workflows.log', { runId: run.id });
    expect(log.at(-1)).toMatchObject({ seq: log.length, text: 'Run finished.' });
    expect(await call('workflows.list')).toEqual([
      expect.objectContaining({
        name: 'wkfChannels',
        lastRun: expect.objectContaining({ id: run.id }) as unknown,
      }),
    ]);

    await call('workflows.update', { originalName: 'wkfChannels', baseVersion: 1, workflow });
    const stale = await t.core.dispatcher.dispatch('workflows.update', {
      originalName: 'wkfChannels',
      baseVersion: 1,
      workflow,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    expect(await call('workflows.delete', { name: 'wkfChannels' })).toBeNull();
    expect(await call('workflows.list')).toEqual([]);
  });
});
