import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestSandbox } from '../../test-support/sandbox-worker';
import { SandboxPool } from './sandbox-pool';

const limits = { steps: 500, backstopMs: 100 };
const scriptedWorker = {
  file: fileURLToPath(new URL('./test-support/scripted-worker.mjs', import.meta.url)),
};

describe('the sandbox pool, on the real QuickJS worker', () => {
  const pool = openTestSandbox();
  afterAll(() => pool.close());

  it('answers other work while a script spins', async () => {
    let spinnerSettled = false;
    const spinner = pool
      .runScript({
        script: 'for (;;) {}',
        vars: {},
        instanceName: 'acme',
        timeoutMs: 3000,
        log: () => undefined,
      })
      .finally(() => {
        spinnerSettled = true;
      });
    // Another evaluation, and the main thread's own work, complete while it spins.
    expect(await pool.evaluate(['6 * 7'], {}, limits)).toEqual([{ kind: 'number', value: 42 }]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(spinnerSettled).toBe(false);
    expect(await spinner).toEqual({ ok: false, failure: { kind: 'timeout' } });
  });

  it('stops a cancelled script at once, and serves the next request', async () => {
    const controller = new AbortController();
    const logs: string[] = [];
    const running = pool.runScript({
      script: "logger.info('started');\nfor (;;) {}",
      vars: {},
      instanceName: 'acme',
      timeoutMs: 60_000,
      log: (_, text) => {
        logs.push(text);
        controller.abort(new Error('Cancelled.'));
      },
      signal: controller.signal,
    });
    await expect(running).rejects.toThrow('Cancelled.');
    expect(logs).toEqual(['started']);
    expect(await pool.evaluate(['1'], {}, limits)).toEqual([{ kind: 'number', value: 1 }]);
  });

  it('keeps values in their own realm: vars are a copy, dates revived as Dates inside', async () => {
    const vars = { when: new Date('2026-01-15T08:30:00Z'), nested: { list: [1, { at: 2 }] } };
    const [date, type, count] = await pool.evaluate(
      [
        'vars.when',
        'vars.nested.list[1].at = 5, typeof vars.nested.list',
        'vars.nested.list[1].at',
      ],
      vars,
      limits,
    );
    expect(date).toEqual({ kind: 'date', iso: '2026-01-15T08:30:00.000Z' });
    expect(type).toEqual({ kind: 'text' });
    // Each value starts from the run's vars, unchanged by the one before.
    expect(count).toEqual({ kind: 'number', value: 2 });
    expect(vars.nested.list[1]).toEqual({ at: 2 });
  });
});

describe('the sandbox pool, past what the engine does', () => {
  const pool = new SandboxPool(scriptedWorker, { maxThreads: 1 });
  afterAll(() => pool.close());

  it('terminates a thread that does not come back within the hard limit, and replaces it', async () => {
    await expect(pool.evaluate(['spin'], {}, limits)).rejects.toThrow(
      'The script did not stop within 2200 ms: its sandbox was terminated.',
    );
    // One thread at most: the answer comes from its replacement.
    expect(await pool.evaluate(['fine'], {}, limits)).toEqual([{ kind: 'number', value: 1 }]);
  });

  it('refuses a malformed answer, and a thread that breaks', async () => {
    await expect(pool.evaluate(['garble'], {}, limits)).rejects.toThrow(
      'The script sandbox sent a malformed message.',
    );
    await expect(pool.evaluate(['die'], {}, limits)).rejects.toThrow(
      'The script sandbox failed: the engine aborted',
    );
    expect(await pool.evaluate(['fine'], {}, limits)).toEqual([{ kind: 'number', value: 1 }]);
  });
});
