import { afterAll, describe, expect, it } from 'vitest';
import { openTestSandbox } from '../../test-support/sandbox-worker';
import { rightHandEvaluator } from '../crm-filter/right-hand-evaluator';
import { runScript } from '../workflows/activities/script-sandbox';

/*
 * Known ways out of `node:vm`, each tried from a JavaScript code activity (and the first ones
 * from a filter's right-hand value too). Each must end with a clear error of the script's own
 * (not the pool's termination after its hard limit), or with values proving it saw no host.
 */
const sandbox = openTestSandbox();
afterAll(() => sandbox.close());

interface Ran {
  error: string | null;
  vars: Record<string, unknown>;
  logs: string[];
}

async function run(script: string, timeoutSeconds = 1): Promise<Ran> {
  const vars: Record<string, unknown> = { account: { name: 'Demo', tags: ['a'] } };
  const logs: string[] = [];
  try {
    await runScript({
      what: 'JavaScript code',
      script,
      timeoutSeconds,
      vars,
      instanceName: 'acme',
      log: (_, text) => logs.push(text),
      signal: new AbortController().signal,
      sandbox,
    });
    return { error: null, vars, logs };
  } catch (error) {
    return { error: (error as Error).message, vars, logs };
  }
}

const noProcess = "JavaScript code: line 1: 'process' is not defined";

describe('escapes through constructors and callers', () => {
  it.each([
    [
      'this.constructor.constructor',
      "vars.pid = this.constructor.constructor('return process')().pid;",
    ],
    [
      '({}).constructor.constructor',
      "vars.pid = ({}).constructor.constructor('return process')().pid;",
    ],
    [
      'an object of vars',
      "vars.pid = vars.account.constructor.constructor('return process')().pid;",
    ],
    [
      'an array of vars',
      "vars.pid = vars.account.tags.constructor.constructor('return process')().pid;",
    ],
    ['the logger', "vars.pid = logger.info.constructor('return process')().pid;"],
    [
      "a thrown error's constructor",
      "try { null.x; } catch (e) { vars.pid = e.constructor.constructor('return process')().pid; }",
    ],
    [
      'an async function constructor',
      "vars.pid = (await (async () => {}).constructor('return process')()).pid;",
    ],
    [
      'arguments.callee.caller, up to the top',
      "vars.pid = (function () { let f = arguments.callee; for (let i = 0; i < 50 && f.caller; i++) f = f.caller; return f.constructor('return process')(); })().pid;",
    ],
    ['eval', "vars.pid = eval('process').pid;"],
    ['an indirect eval', "vars.pid = (0, eval)('process').pid;"],
  ])('through %s finds no process', async (_, script) => {
    const ran = await run(script);
    expect(ran.error).toBe(noProcess);
    expect(ran.vars).not.toHaveProperty('pid');
  });

  it('through Error.prepareStackTrace gets a plain string, no call sites', async () => {
    const ran = await run(
      "Error.prepareStackTrace = (_, frames) => frames;\nconst stack = new Error('x').stack;\nvars.kind = typeof stack;\nvars.getFunction = typeof stack[0].getFunction;",
    );
    expect(ran).toEqual({
      error: null,
      vars: expect.objectContaining({ kind: 'string', getFunction: 'undefined' }),
      logs: [],
    });
  });

  it('through Function.prototype.caller is refused', async () => {
    const ran = await run(
      "vars.caller = (function () { 'use strict'; try { return typeof Function.prototype.caller; } catch (e) { return e.name; } })();",
    );
    expect(ran).toEqual({
      error: null,
      vars: expect.objectContaining({ caller: 'TypeError' }),
      logs: [],
    });
  });

  it('through a proxy on an object passed in meets only the sandbox', async () => {
    const ran = await run(
      "const p = new Proxy(vars.account, { get: (t, k, r) => k === 'name' ? r.constructor.constructor('return typeof process')() : t[k] });\nvars.seen = p.name;",
    );
    expect(ran.vars.seen).toBe('undefined');
    expect(ran.error).toBeNull();
  });

  it('through a proxy left in vars only gives JSON back, or times out', async () => {
    const trap = await run('vars.trap = new Proxy({}, { ownKeys() { for (;;) {} } });');
    expect(trap.error).toBe('JavaScript code: timed out after 1 s');
    const json = await run(
      "vars.copy = new Proxy({ a: 1 }, { get: (t, k) => k === 'a' ? 2 : t[k] });",
    );
    expect(json.vars.copy).toEqual({ a: 2 });
  });

  it('in a right-hand value finds no process either', async () => {
    const evaluate = rightHandEvaluator(sandbox, { account: { name: 'Demo' } });
    const [viaThis, viaVars] = await evaluate([
      "this.constructor.constructor('return process')().pid",
      "vars.account.constructor.constructor('return process')().pid",
    ]);
    expect(viaThis).toEqual({ kind: 'error', message: "'process' is not defined" });
    expect(viaVars).toEqual({ kind: 'error', message: "'process' is not defined" });
  });
});

describe('what the global scope offers', () => {
  it('holds the language, vars, instance and logger, and nothing of Node or the host', async () => {
    const ran = await run(
      'vars.names = Object.getOwnPropertyNames(globalThis).concat(Object.getOwnPropertySymbols(globalThis).map(String));',
    );
    const names = ran.vars.names as string[];
    expect(names).toEqual(expect.arrayContaining(['vars', 'instance', 'logger', 'JSON', 'Date']));
    for (const host of [
      'process',
      'require',
      'module',
      'exports',
      'global',
      'Buffer',
      'setTimeout',
      'setImmediate',
      'queueMicrotask',
      'fetch',
      'WebAssembly',
      'Worker',
      'postMessage',
      'importScripts',
      'std',
      'os',
      'print',
      'console',
      'emit',
    ])
      expect(names).not.toContain(host);
  });

  it('refuses require, import() and process', async () => {
    expect((await run("require('fs');")).error).toBe(
      "JavaScript code: line 1: 'require' is not defined",
    );
    expect((await run('process.exit(1);')).error).toBe(noProcess);
    expect((await run("await import('node:fs');")).error).toMatch(
      /^JavaScript code: .*could not load module/,
    );
  });
});

describe('limits', () => {
  it.each([
    [
      'a promise job that never ends',
      'Promise.resolve().then(() => { while (true) {} });\nvars.x = 1;',
    ],
    ['an async infinite loop', 'for (;;) await null;'],
    [
      'a spinning async function left behind',
      '(async () => { for (;;) await 0; })();\nawait new Promise(() => {});',
    ],
    [
      'a loop that catches and finally-continues',
      'for (;;) { try { for (;;) {} } catch (e) { continue; } finally { continue; } }',
    ],
    ['a vars getter read back', 'vars.x = { toJSON() { for (;;) {} } };'],
  ])('stops %s at the time limit', async (_, script) => {
    expect((await run(script)).error).toBe('JavaScript code: timed out after 1 s');
  });

  it.each([
    ['a huge string', "const s = 'x'.repeat(2 ** 28);"],
    ['a growing array', "const a = [];\nfor (let i = 0; ; i++) a.push('x'.repeat(1024) + i);"],
    ['a huge buffer', 'const b = new ArrayBuffer(2 ** 30);'],
    ['many small arrays', 'const a = [];\nfor (let i = 0; ; i++) a.push([i, i + 1, i + 2]);'],
    [
      'many buffers, each under the limit',
      'const b = [];\nfor (;;) b.push(new ArrayBuffer(2 ** 20));',
    ],
    [
      'a global that keeps growing',
      'globalThis.keep = [];\nfor (let i = 0; ; i++) keep.push({ i });',
    ],
  ])('stops %s at the memory limit', async (_, script) => {
    // Time enough for the memory to run out first, even on a loaded machine.
    expect((await run(script, 60)).error).toBe('JavaScript code: used more than 32 MB of memory');
  });

  it('stops deep recursion with a stack overflow', async () => {
    expect((await run('function f() { return f() + 1; }\nf();')).error).toMatch(
      /^JavaScript code: (line \d+: )?stack overflow/,
    );
  });

  it('describes a thrown value whose message getter throws, or whose toString spins', async () => {
    expect((await run("throw { get message() { throw new Error('boom'); } };")).error).toBe(
      'JavaScript code: [object Object]',
    );
    expect((await run('throw { toString() { for (;;) {} } };')).error).toBe(
      'JavaScript code: threw a value that cannot be shown',
    );
  });

  it('never passes the log a line longer than 2000 characters', async () => {
    const ran = await run("logger.info('x'.repeat(1e6));");
    expect(ran.logs.map((l) => l.length)).toEqual([2000]);
  });

  it('stops a right-hand value whose promise job never ends, after its 100 ms', async () => {
    const evaluate = rightHandEvaluator(sandbox, {});
    expect(await evaluate(['(Promise.resolve().then(() => { while (true) {} }), 1)'])).toEqual([
      { kind: 'error', message: 'timed out after 100 ms' },
    ]);
  });
});
