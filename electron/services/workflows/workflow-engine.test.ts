import { msg } from '../../../shared/i18n/message';
import { frenchText } from '../../test-support/french-text';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engines } from '../../test-support/record-stores';
import { RunStop } from './run-stop';
import { deferred, untilAborted } from './test-support/deferred';
import { activity, workflowOf, type EngineFixture } from './test-support/engine-fixture';
import { eachEngineFixture } from './test-support/each-engine-fixture';
import { failure, produce, rowsOf, runFolder, tableNames } from './test-support/engine-helpers';

describe.each(engines)('WorkflowEngine on %s', (engine) => {
  let f: EngineFixture;
  eachEngineFixture({ engine }, (opened) => {
    f = opened;
  });

  it("runs an activity's initialization script first, with the run's vars; a failing one is the activity's failure", async () => {
    await f.service.create(
      workflowOf('wkfInit', [
        activity('start', 'start'),
        activity('query', 'query', {
          initScript: "vars.since = '2026-11-01'; logger.info('prepared', vars.since);",
        }),
        activity('broken', 'deduplication', { initScript: 'throw new Error("no source")' }),
      ]),
    );
    let seen: unknown = null;
    f.behaviours.set('query', (c) => {
      seen = c.vars.since;
      return Promise.resolve({ outputs: { ok: null } });
    });
    f.behaviours.set('broken', () => Promise.resolve({ outputs: {} }));

    const run = await f.engine.settled((await f.engine.start('wkfInit')).id);
    expect(seen).toBe('2026-11-01');
    expect(run.vars).toMatchObject({ since: '2026-11-01' });
    expect(run).toMatchObject({
      status: 'suspended',
      activities: {
        query: { state: 'done' },
        broken: { state: 'failed', error: 'Initialization script: line 1: no source' },
      },
    });
    const log = await f.engine.log(run.id, 0, 100);
    expect(log).toContainEqual(
      expect.objectContaining({ activity: 'query', text: 'prepared 2026-11-01' }),
    );
  });

  it('passes populations along transitions and records counts, states and vars', async () => {
    await f.service.create(
      workflowOf('wkfFlow', [
        activity('start', 'start'),
        activity('query', 'query'),
        activity('dedup', 'deduplication'),
        activity('end', 'end'),
      ]),
    );
    f.behaviours.set('query', async (c) => {
      c.vars.imported = 3;
      return { outputs: { ok: await produce(c, [1, 2, 3]) } };
    });
    f.behaviours.set('dedup', async (c) => {
      const input = await rowsOf(f, c.input?.table ?? '');
      c.vars.seen = input.length;
      return { outputs: { ok: await produce(c, [1, 2]) } };
    });

    const started = await f.engine.start('wkfFlow');
    expect(started.status).toBe('running');
    const run = await f.engine.settled(started.id);

    expect(run).toMatchObject({ status: 'succeeded', version: 1, vars: { imported: 3, seen: 3 } });
    expect(run.activities.start).toMatchObject({
      state: 'done',
      executions: 1,
      input: null,
      outputs: { ok: null },
    });
    expect(run.activities.query).toMatchObject({
      state: 'done',
      input: null,
      outputs: { ok: { count: 3 } },
      progress: { done: 3, total: 3 },
    });
    expect(run.activities.dedup).toMatchObject({
      state: 'done',
      input: 3,
      outputs: { ok: { count: 2 } },
    });
    expect(run.activities.end).toMatchObject({
      state: 'done',
      executions: 1,
      input: 2,
      outputs: {},
    });
    // The run as written to disk matches what is shown, vars included.
    const onDisk = JSON.parse(await readFile(join(runFolder(f, run.id), 'run.json'), 'utf8')) as {
      vars: unknown;
      status: string;
      queue: unknown[];
    };
    expect(onDisk).toMatchObject({
      vars: { imported: 3, seen: 3 },
      status: 'succeeded',
      queue: [],
    });
    expect(existsSync(join(runFolder(f, run.id), 'tasks'))).toBe(false);
  });

  it('refuses to start a workflow with problems, listing them per activity', async () => {
    await f.service.create(
      workflowOf('wkfBad', [
        activity('query', 'query', { label: 'Unchecked' }),
        activity('end', 'end'),
      ]),
    );
    const error = await failure(f.engine.start('wkfBad'));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe(
      "Workflow 'wkfBad' cannot start. Add a Start or Scheduler activity. Unchecked: Select a table.",
    );
    // Each problem worded in the reader's language.
    expect(frenchText(error.text)).toBe(
      "Le workflow 'wkfBad' ne peut pas démarrer. Ajoutez une activité Début ou Planificateur. Unchecked : Sélectionnez une table.",
    );
    expect(error.details?.issues?.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: 'activities', message: 'Add a Start or Scheduler activity.' },
      { path: 'activities.query', message: 'Unchecked: Select a table.' },
    ]);
    expect(f.engine.runsOf('wkfBad')).toEqual([]);
  });

  it('refuses a second start while the workflow runs', async () => {
    await f.service.create(
      workflowOf('wkfHold', [activity('start', 'start'), activity('hold', 'javascript')]),
    );
    const holding = deferred();
    f.behaviours.set('hold', (c) => {
      holding.resolve();
      return untilAborted(c.signal);
    });
    const run = await f.engine.start('wkfHold');
    await holding.promise;
    const error = await failure(f.engine.start('wkfHold'));
    expect(error.message).toBe("Workflow 'wkfHold' is running. Pause or cancel its run first.");
    await f.engine.cancel(run.id);
  });

  it('pauses the execution with a pause reason and resumes it with the same task and checkpoint', async () => {
    await f.service.create(
      workflowOf('wkfPause', [
        activity('start', 'start'),
        activity('long', 'javascript'),
        activity('end', 'end'),
      ]),
    );
    const seen: { checkpoint: unknown; workDir: string; reason?: unknown }[] = [];
    const holding = deferred();
    f.behaviours.set('long', async (c) => {
      const entry: (typeof seen)[number] = { checkpoint: c.checkpoint.read(), workDir: c.workDir };
      seen.push(entry);
      if (entry.checkpoint === undefined) {
        await c.checkpoint.write({ sent: 5 });
        holding.resolve();
        await untilAborted(c.signal).catch((reason: unknown) => {
          entry.reason = reason;
          throw reason;
        });
      }
      return { outputs: { ok: await produce(c, [1, 2, 3, 4, 5]) } };
    });
    const { id } = await f.engine.start('wkfPause');
    await holding.promise;

    const paused = await f.engine.pause(id);
    expect(paused).toMatchObject({ status: 'paused', activities: { long: { state: 'pending' } } });
    expect(seen[0]?.reason).toBeInstanceOf(RunStop);
    expect((seen[0]?.reason as RunStop).kind).toBe('pause');

    expect((await f.engine.resume(id)).status).toBe('running');
    const done = await f.engine.settled(id);
    expect(done).toMatchObject({
      status: 'succeeded',
      activities: { long: { executions: 1, outputs: { ok: { count: 5 } } } },
    });
    expect(seen[1]).toEqual({ checkpoint: { sent: 5 }, workDir: seen[0]?.workDir });
    const texts = (await f.engine.log(id, 0, 100)).map((l) => l.text);
    expect(texts).toEqual(expect.arrayContaining(['Run paused.', 'Run resumed.', 'Run finished.']));
  });

  it('cancels a running run: its work tables stay, its task folders go', async () => {
    await f.service.create(
      workflowOf('wkfCancel', [
        activity('start', 'start'),
        activity('query', 'query'),
        activity('long', 'javascript'),
      ]),
    );
    let table = '';
    f.behaviours.set('query', async (c) => {
      const population = await produce(c, [1]);
      table = population.table;
      return { outputs: { ok: population } };
    });
    const holding = deferred();
    f.behaviours.set('long', (c) => {
      holding.resolve();
      return untilAborted(c.signal);
    });
    const { id } = await f.engine.start('wkfCancel');
    await holding.promise;
    expect(existsSync(join(runFolder(f, id), 'tasks'))).toBe(true);

    const cancelled = await f.engine.cancel(id);
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      activities: { long: { state: 'idle' } },
    });
    expect(cancelled.endedAt).not.toBeNull();
    expect(existsSync(join(runFolder(f, id), 'tasks'))).toBe(false);
    expect(await tableNames(f)).toContain(table);
    expect((await failure(f.engine.cancel(id))).message).toBe(
      'Only a running run can be cancelled; this one is cancelled.',
    );
  });

  it('drops the previous run’s work tables when the workflow starts again', async () => {
    await f.service.create(
      workflowOf('wkfAgain', [activity('start', 'start'), activity('query', 'query')]),
    );
    const tables: string[] = [];
    f.behaviours.set('query', async (c) => {
      const population = await produce(c, [1, 2]);
      tables.push(population.table);
      return { outputs: { ok: population } };
    });
    const first = await f.engine.settled((await f.engine.start('wkfAgain')).id);
    expect(await tableNames(f)).toContain(tables[0]);

    f.timers.advance(1000);
    const second = await f.engine.settled((await f.engine.start('wkfAgain')).id);
    const names = await tableNames(f);
    expect(names).not.toContain(tables[0]);
    expect(names).toContain(tables[1]);
    expect(f.engine.runsOf('wkfAgain').map((r) => r.id)).toEqual([second.id, first.id]);
  });

  it('marks a run the console stopped during as interrupted, and resumes it to completion', async () => {
    await f.service.create(
      workflowOf('wkfCrash', [
        activity('start', 'start'),
        activity('query', 'query'),
        activity('long', 'javascript'),
        activity('end', 'end'),
      ]),
    );
    f.behaviours.set('query', async (c) => ({ outputs: { ok: await produce(c, [1, 2, 3]) } }));
    const holding = deferred();
    let calls = 0;
    const workDirs: string[] = [];
    f.behaviours.set('long', async (c) => {
      calls += 1;
      workDirs.push(c.workDir);
      if (calls === 1) {
        await c.checkpoint.write({ step: 1 });
        holding.resolve();
        return untilAborted(c.signal);
      }
      expect(c.checkpoint.read()).toEqual({ step: 1 });
      return { outputs: { ok: c.input } };
    });
    const { id } = await f.engine.start('wkfCrash');
    await holding.promise;
    // What a crash leaves: run.json as it was while the task ran.
    const runFile = join(runFolder(f, id), 'run.json');
    const whileRunning = await readFile(runFile, 'utf8');
    expect(JSON.parse(whileRunning)).toMatchObject({ status: 'running' });
    await f.reopen(() => writeFile(runFile, whileRunning));

    const interrupted = f.engine.run(id);
    expect(interrupted).toMatchObject({
      status: 'interrupted',
      message: 'The console stopped during the run.',
      activities: { long: { state: 'pending' }, query: { state: 'done' } },
    });
    expect(f.service.list()[0]?.lastRun).toMatchObject({ id, status: 'interrupted' });

    await f.engine.resume(id);
    const done = await f.engine.settled(id);
    expect(done).toMatchObject({
      status: 'succeeded',
      activities: { long: { executions: 1 }, end: { input: 3 } },
    });
    expect(workDirs[1]).toBe(workDirs[0]);
    const seqs = (await f.engine.log(id, 0, 1000)).map((l) => l.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });

  it('leaves a run interrupted when the console closes, never resuming it by itself', async () => {
    await f.service.create(
      workflowOf('wkfClose', [activity('start', 'start'), activity('long', 'javascript')]),
    );
    const holding = deferred();
    let reason: unknown;
    f.behaviours.set('long', (c) => {
      holding.resolve();
      return untilAborted(c.signal).catch((r: unknown) => {
        reason = r;
        throw r;
      });
    });
    const { id } = await f.engine.start('wkfClose');
    await holding.promise;
    await f.reopen();
    expect((reason as RunStop).kind).toBe('shutdown');
    expect(f.engine.run(id)).toMatchObject({
      status: 'interrupted',
      message: 'The console stopped during the run.',
    });
    expect(f.engine.isRunning('wkfClose')).toBe(false);
    expect((await f.engine.cancel(id)).status).toBe('cancelled');
  });

  it('shows a run whose run.json is corrupt as failed, with the reason, without failing to open', async () => {
    await f.service.create(workflowOf('wkfCorrupt', [activity('start', 'start')]));
    const { id } = await f.engine.start('wkfCorrupt');
    await f.engine.settled(id);
    const runFile = join(runFolder(f, id), 'run.json');
    const record = JSON.parse(await readFile(runFile, 'utf8')) as Record<string, unknown>;
    await f.reopen(() => writeFile(runFile, JSON.stringify({ ...record, status: 'exploded' })));

    const run = f.engine.run(id);
    expect(run.status).toBe('failed');
    expect(run.message).toContain(
      `Cannot use the file ${runFile}: it does not match the expected layout (status:`,
    );
    expect(f.engine.runsOf('wkfCorrupt').map((r) => r.id)).toEqual([id]);
    await f.service.delete('wkfCorrupt');
    expect(existsSync(runFolder(f, id))).toBe(false);
  });

  it('numbers log lines from 1, writes them to log.jsonl and sends them as events', async () => {
    await f.service.create(
      workflowOf('wkfLog', [
        activity('start', 'start'),
        activity('talk', 'javascript', { label: 'Talker' }),
      ]),
    );
    f.behaviours.set('talk', (c) => {
      c.log('info', msg('messages:log.script', { text: 'Hello.' }));
      c.log('warning', msg('messages:log.script', { text: 'Careful.' }));
      return Promise.resolve({ outputs: {} });
    });
    const { id } = await f.engine.start('wkfLog');
    await f.engine.settled(id);

    const lines = await f.engine.log(id, 0, 100);
    expect(lines.map((l) => [l.seq, l.level, l.activity, l.text])).toEqual([
      [1, 'info', null, 'Run started (version 1).'],
      [2, 'info', 'start', 'Done.'],
      [3, 'info', 'talk', 'Hello.'],
      [4, 'warning', 'talk', 'Careful.'],
      [5, 'info', 'talk', 'Done.'],
      [6, 'info', null, 'Run finished.'],
    ]);
    expect(await f.engine.log(id, 2, 2)).toEqual(lines.slice(2, 4));
    const file = await readFile(join(runFolder(f, id), 'log.jsonl'), 'utf8');
    expect(
      file
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
    ).toEqual(lines);

    const logEvents = f.events.flatMap((e) =>
      e.type === 'workflow.log' && e.runId === id ? [e.line] : [],
    );
    expect(logEvents).toEqual(lines);
    const statuses = f.events.flatMap((e) =>
      e.type === 'workflow.run' && e.run.id === id ? [e.run.status] : [],
    );
    expect(statuses[0]).toBe('running');
    expect(statuses.at(-1)).toBe('succeeded');
    const talkStates = f.events.flatMap((e) =>
      e.type === 'workflow.run' && e.run.id === id ? [e.run.activities.talk?.state] : [],
    );
    expect(talkStates).toContain('running');
  });
});

describe.each(engines)('WorkflowEngine keeping two runs on %s', (engine) => {
  let f: EngineFixture;
  eachEngineFixture({ engine, keepRuns: 2 }, (opened) => {
    f = opened;
  });

  it('keeps the last runs only, pruning older ones with their folders', async () => {
    await f.service.create(workflowOf('wkfPrune', [activity('start', 'start')]));
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      f.timers.advance(1000);
      ids.push((await f.engine.settled((await f.engine.start('wkfPrune')).id)).id);
    }
    expect(f.engine.runsOf('wkfPrune').map((r) => r.id)).toEqual([ids[2], ids[1]]);
    expect(existsSync(runFolder(f, ids[0] ?? ''))).toBe(false);
  });
});
