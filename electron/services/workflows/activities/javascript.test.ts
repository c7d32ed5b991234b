import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemTexts } from '../test-support/problem-texts';
import type { ActivityEnvironment } from '../activity';
import { openActivityHarness, type ActivityHarness } from '../test-support/activity-harness';
import { javascriptActivity } from './javascript';

const activity = (script: string, timeoutSeconds = 1) => ({
  type: 'javascript' as const,
  id: 'js1',
  label: 'JavaScript code',
  position: { x: 0, y: 0 },
  script,
  timeoutSeconds,
});

describe('JavaScript code', () => {
  let h: ActivityHarness;
  beforeAll(async () => {
    h = await openActivityHarness({ instance: 'acme' });
  });
  afterAll(() => h.dispose());

  const run = (script: string, vars: Record<string, unknown> = {}, timeoutSeconds = 1) =>
    h.execute(javascriptActivity.execute, activity(script, timeoutSeconds), null, { vars });

  it('keeps the changes to vars, sees the instance and logs; the population goes on', async () => {
    const input = await h.populate(
      [{ name: 'id', label: 'Id', type: 'long' }],
      ['id'],
      [{ id: 1 }],
    );
    const vars = { crmStartImport: '2026/01/01 00:00:00', drop: 1, keep: { n: 1 } };
    const result = await h.execute(
      javascriptActivity.execute,
      activity(
        [
          'vars.instanceName = instance.name;',
          'vars.keep.n += 1;',
          'delete vars.drop;',
          'vars.when = new Date(Date.UTC(2026, 0, 2));',
          'vars.fn = () => 1;',
          "logger.info('start', vars.crmStartImport, { n: vars.keep.n });",
          "logger.warn('careful');",
          "logger.error('bad', 42);",
        ].join('\n'),
      ),
      input,
      { vars },
    );
    expect(result.outcome).toEqual({ outputs: { ok: input } });
    expect(vars).toEqual({
      crmStartImport: '2026/01/01 00:00:00',
      keep: { n: 2 },
      instanceName: 'acme',
      when: '2026-01-02T00:00:00.000Z',
    });
    expect(result.logs).toEqual([
      { level: 'info', text: 'start 2026/01/01 00:00:00 {"n":2}' },
      { level: 'warning', text: 'careful' },
      { level: 'error', text: 'bad 42' },
    ]);
  });

  it('allows top-level await', async () => {
    const vars: Record<string, unknown> = {};
    await run('const n = await Promise.resolve(20);\nvars.n = n + (await 1);', vars);
    expect(vars).toEqual({ n: 21 });
  });

  it("gives nothing of Node: constructor chains lead to the sandbox's own Function", async () => {
    const vars: Record<string, unknown> = {};
    await run(
      [
        'vars.globals = [typeof require, typeof process, typeof setTimeout, typeof module, typeof fetch];',
        "try { vars.escape = logger.info.constructor('return typeof process')(); } catch (e) { vars.escape = e.name; }",
        "try { vars.fromVars = vars.constructor.constructor('return typeof process')(); } catch (e) { vars.fromVars = e.name; }",
      ].join('\n'),
      vars,
    );
    expect(vars).toEqual({
      globals: ['undefined', 'undefined', 'undefined', 'undefined', 'undefined'],
      escape: 'undefined',
      fromVars: 'undefined',
    });
  });

  it('fails with the line and message of an error', async () => {
    await expect(run('const a = 1;\n\nthrow new Error("boom");')).rejects.toThrow(
      'JavaScript code: line 3: boom',
    );
    await expect(run('await null;\nnotDefined();')).rejects.toThrow(
      "JavaScript code: line 2: 'notDefined' is not defined",
    );
    await expect(run('const a = 1;\nlet b = ;')).rejects.toThrow(
      "JavaScript code: line 2: unexpected token in expression: ';'",
    );
    await expect(run("throw 'plain';")).rejects.toThrow('JavaScript code: threw plain');
  });

  it('keeps vars unchanged when the script fails', async () => {
    const vars = { n: 1 };
    await expect(run('vars.n = 2;\nthrow new Error("no");', vars)).rejects.toThrow('line 2: no');
    expect(vars).toEqual({ n: 1 });
  });

  it('refuses vars that are no longer an object', async () => {
    await expect(run('vars = 5;')).rejects.toThrow(
      'JavaScript code: `vars` must remain an object.',
    );
  });

  it.each([
    ['a synchronous loop', 'while (true) {}'],
    ['an asynchronous loop', 'for (;;) await null;'],
  ])('times out on %s', async (_, script) => {
    await expect(run(script)).rejects.toThrow('JavaScript code: timed out after 1 s');
  });

  it('fails at once on a promise that can never settle: nothing in the sandbox could settle it', async () => {
    await expect(run('await new Promise(() => {});', {}, 60)).rejects.toThrow(
      'JavaScript code: it awaits a promise that can never settle (nothing is left to run)',
    );
  });

  it('caps the log lines of a script that floods it', async () => {
    // A generous time limit: the cap is on lines, and a loaded machine is slow to write 5,000.
    const result = await run('for (let i = 0; i < 5000; i++) logger.info(`line ${i}`);', {}, 60);
    expect(result.logs).toHaveLength(1000);
    expect(result.logs.at(-1)?.text).toBe('line 999 (further lines dropped)');
  });

  it('does not start when cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new Error('Cancelled.'));
    const vars = { n: 1 };
    await expect(
      h.execute(javascriptActivity.execute, activity('vars.n = 2;'), null, {
        vars,
        signal: controller.signal,
      }),
    ).rejects.toThrow('Cancelled.');
    expect(vars).toEqual({ n: 1 });
  });

  it('asks for a script', async () => {
    const env = {} as ActivityEnvironment;
    const base = {
      id: 'j',
      label: '',
      position: { x: 0, y: 0 },
      onError: 'suspend',
      initScript: '',
    } as const;
    const js = { ...base, type: 'javascript' as const, timeoutSeconds: 10 };
    expect(await problemTexts(javascriptActivity.check?.({ ...js, script: '  ' }, env))).toEqual([
      'Write the script to run.',
    ]);
    expect(javascriptActivity.check?.({ ...js, script: 'vars.a = 1;' }, env)).toEqual([]);
  });
});
