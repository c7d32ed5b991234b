import { describe, expect, it } from 'vitest';
import { ConsoleError } from '../../core/console-error';
import { engines } from '../../test-support/record-stores';
import { activity, workflowOf, type EngineFixture } from './test-support/engine-fixture';
import { eachEngineFixture } from './test-support/each-engine-fixture';

const simple = (name: string, label = 'Start') =>
  workflowOf(name, [activity('start', 'start', { label }), activity('end', 'end')]);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof ConsoleError ? `${error.code}: ${error.message}` : String(error);
}

describe.each(engines)('WorkflowsService on %s', (engine) => {
  let f: EngineFixture;
  eachEngineFixture({ engine }, (opened) => {
    f = opened;
  });

  it('creates version 1, lists it with no run, gets it back', async () => {
    const created = await f.service.create(simple('wkfImport'));
    expect(created).toMatchObject({
      name: 'wkfImport',
      version: 1,
      updatedAt: '2026-11-20T08:00:00.000Z',
    });
    expect(f.service.get('WKFIMPORT')).toEqual(created);
    expect(f.service.list()).toEqual([
      {
        name: 'wkfImport',
        label: 'wkfImport',
        version: 1,
        updatedAt: created.updatedAt,
        lastRun: null,
      },
    ]);
  });

  it('refuses a second workflow of the same name, in any case, changing nothing', async () => {
    await f.service.create(simple('wkfImport'));
    expect(await codeOf(f.service.create(simple('WkfImport')))).toBe(
      "ALREADY_EXISTS: Workflow 'wkfImport' already exists.",
    );
    expect(f.store.data.workflows).toHaveLength(1);
  });

  it('makes a new version at each save and refuses a save based on a stale version', async () => {
    await f.service.create(simple('wkfImport'));
    f.timers.advance(1000);
    const v2 = await f.service.update('wkfImport', 1, simple('wkfImport', 'Begin'));
    expect(v2).toMatchObject({ version: 2, updatedAt: '2026-11-20T08:00:01.000Z' });
    expect(v2.activities[0]?.label).toBe('Begin');

    expect(await codeOf(f.service.update('wkfImport', 1, simple('wkfImport', 'Stale')))).toBe(
      "CONFLICT: Workflow 'wkfImport' was saved meanwhile (version 2; these changes were made on version 1). Reopen it and make them again.",
    );
    expect(f.service.get('wkfImport')).toEqual(v2);
  });

  it('renames a workflow keeping its run history, and refuses a name already used', async () => {
    await f.service.create(simple('wkfImport'));
    await f.service.create(simple('wkfOther'));
    const run = await f.engine.start('wkfImport');
    await f.engine.settled(run.id);

    expect(await codeOf(f.service.update('wkfImport', 1, simple('wkfOther')))).toMatch(
      /^ALREADY_EXISTS/,
    );
    await f.service.update('wkfImport', 1, simple('wkfRenamed'));

    expect(f.engine.runsOf('wkfRenamed').map((r) => r.id)).toEqual([run.id]);
    expect(f.engine.runsOf('wkfImport')).toEqual([]);
    expect(f.service.list().find((w) => w.name === 'wkfRenamed')?.lastRun).toMatchObject({
      id: run.id,
      status: 'succeeded',
    });
    await f.reopen();
    expect(f.engine.run(run.id).workflow).toBe('wkfRenamed');
  });

  it('refuses to delete a running workflow, then deletes it with its runs and work tables', async () => {
    await f.service.create(
      workflowOf('wkfImport', [
        activity('start', 'start'),
        activity('produce', 'query'),
        activity('hold', 'javascript'),
      ]),
    );
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let table = '';
    f.behaviours.set('produce', async (c) => {
      table = await c.createWorkTable('Rows', [{ name: 'id', label: 'Id', type: 'long' }], ['id']);
      return { outputs: { ok: { table, count: 0 } } };
    });
    let reached: () => void = () => undefined;
    const holding = new Promise<void>((resolve) => {
      reached = resolve;
    });
    f.behaviours.set('hold', async () => {
      reached();
      await held;
      return { outputs: {} };
    });
    const run = await f.engine.start('wkfImport');
    await holding;

    expect(await codeOf(f.service.delete('wkfImport'))).toBe(
      "CONFLICT: Workflow 'wkfImport' is running. Pause or cancel its run before deleting it.",
    );
    release();
    await f.engine.settled(run.id);
    expect((await f.records.store.listTables()).map((t) => t.name)).toContain(table);

    await f.service.delete('wkfImport');
    expect(f.service.list()).toEqual([]);
    expect((await f.records.store.listTables()).map((t) => t.name)).not.toContain(table);
    expect(() => f.engine.run(run.id)).toThrow(`Run '${run.id}' does not exist.`);
    await f.reopen();
    expect(f.engine.runsOf('wkfImport')).toEqual([]);
  });

  it('says which workflow does not exist', async () => {
    expect(() => f.service.get('nope')).toThrow("Workflow 'nope' does not exist.");
    expect(await codeOf(f.service.update('nope', 1, simple('nope')))).toBe(
      "NOT_FOUND: Workflow 'nope' does not exist.",
    );
    expect(await codeOf(f.service.delete('nope'))).toBe(
      "NOT_FOUND: Workflow 'nope' does not exist.",
    );
  });
});
