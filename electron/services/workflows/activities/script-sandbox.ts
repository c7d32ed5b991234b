import { randomBytes } from 'node:crypto';
import { Script, createContext, type Context } from 'node:vm';
import { z } from 'zod';
import { describeThrown as textOf, describeThrownForLog } from '../../../core/describe-thrown';

const filename = 'script.js';
/** A script that logs in a loop must not flood the run's log. */
const maxLogLines = 1000;
const maxLogLength = 2000;
/** Reading `vars` back gets at least this long, even when the script used all its time. */
const minimumMs = 100;

type Level = 'info' | 'warning' | 'error';

/** Fails the execution with the script's name and, when known, its line. */
class ScriptFailure extends Error {
  constructor(what: string, detail: string) {
    super(`${what}: ${detail}`);
    this.name = 'ScriptFailure';
  }
}

/** An error from the script's own realm: duck-typed, `instanceof Error` does not hold. */
function describeThrown(thrown: unknown): string {
  if (typeof thrown !== 'object' || thrown === null) return `threw ${textOf(thrown)}`;
  const text = textOf(thrown);
  const line = new RegExp(`${filename}:(\\d+)`).exec(describeThrownForLog(thrown))?.[1];
  return line ? `line ${line}: ${text}` : text;
}

/**
 * Builds `vars`, `instance` and `logger` inside the context from plain data, so that no object
 * of the console's realm (whose constructors lead back to Node) is within the script's reach.
 */
const bootstrap = `(function (varsJson, instanceName, emit) {
  'use strict';
  globalThis.vars = JSON.parse(varsJson);
  globalThis.instance = Object.freeze({ name: instanceName });
  const text = (args) => args.map((a) => {
    if (typeof a === 'string') return a;
    try { return typeof a === 'object' && a !== null ? JSON.stringify(a) : String(a); }
    catch { return String(a); }
  }).join(' ');
  const log = (level) => (...args) => { emit(level, text(args)); };
  globalThis.logger = Object.freeze({ info: log('info'), warn: log('warning'), error: log('error') });
})`;

/** What a script runs with, and what it is called in error messages. */
export interface ScriptRun {
  /** "JavaScript code", "Initialization script": the prefix of its error messages. */
  what: string;
  script: string;
  timeoutSeconds: number;
  /** The run's vars: changed in place, deletions included, once the script has succeeded. */
  vars: Record<string, unknown>;
  instanceName: string;
  log(level: Level, text: string): void;
  signal: AbortSignal;
}

function sandbox(run: ScriptRun): Context {
  const sandboxContext = createContext(Object.create(null) as object, {
    name: 'JavaScript code',
    codeGeneration: { strings: false, wasm: false },
    // Promise jobs of the script run inside its evaluation, under its time limit.
    microtaskMode: 'afterEvaluate',
  });
  let lines = 0;
  const emit = (level: unknown, text: unknown) => {
    lines += 1;
    if (lines > maxLogLines) return;
    const line = String(text).slice(0, maxLogLength);
    run.log(level as Level, lines === maxLogLines ? `${line} (further lines dropped)` : line);
  };
  const boot = new Script(bootstrap).runInContext(sandboxContext) as (
    varsJson: string,
    instanceName: string,
    emit: (level: unknown, text: unknown) => void,
  ) => void;
  boot(JSON.stringify(run.vars), run.instanceName, emit);
  return sandboxContext;
}

const varsSchema = z.record(z.string(), z.unknown());

/** The script's `vars`, as JSON can hold them, read inside the sandbox under the time limit. */
function varsAfter(
  what: string,
  sandboxContext: Context,
  timeoutMs: number,
  timedOut: () => Error,
) {
  let parsed: unknown = null;
  try {
    const json: unknown = new Script('JSON.stringify(vars)').runInContext(sandboxContext, {
      timeout: timeoutMs,
    });
    if (typeof json === 'string') parsed = JSON.parse(json);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw timedOut();
  }
  const vars = varsSchema.safeParse(parsed);
  if (!vars.success) throw new ScriptFailure(what, '`vars` must remain an object.');
  return vars.data;
}

/**
 * Runs a script with the run's `vars`, `instance` and `logger`, and nothing of Node, under a
 * time limit; top-level `await` is allowed. Changes to `vars` are kept when it succeeds.
 */
export async function runScript(run: ScriptRun): Promise<void> {
  const { what, signal } = run;
  signal.throwIfAborted();
  const limitMs = run.timeoutSeconds * 1000;
  const timedOut = () => new ScriptFailure(what, `timed out after ${run.timeoutSeconds} s`);
  const startedAt = performance.now();
  const sandboxContext = sandbox(run);

  // The script's promise settles through a callback passed in under a random name (out of the
  // script's reach), removed before it starts: a promise of the sandbox cannot be awaited here.
  const suffix = randomBytes(8).toString('hex');
  const settleName = `settle${suffix}`;
  let script: Script;
  try {
    script = new Script(
      `((${settleName}, then${suffix}) => { delete globalThis.${settleName}; then${suffix}.call((async () => {\n${run.script}\n})(), () => ${settleName}(false), (e) => ${settleName}(true, e)); })(globalThis.${settleName}, Promise.prototype.then);`,
      { filename, lineOffset: -1 },
    );
  } catch (error) {
    throw new ScriptFailure(what, describeThrown(error));
  }

  const settled = new Promise<void>((resolve, reject) => {
    const finish = (error: unknown) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => finish(timedOut()), limitMs);
    const abort = () => finish(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    (sandboxContext as Record<string, unknown>)[settleName] = (failed: boolean, e: unknown) =>
      finish(failed ? new ScriptFailure(what, describeThrown(e)) : null);
    try {
      script.runInContext(sandboxContext, { timeout: limitMs });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      finish(
        code === 'ERR_SCRIPT_EXECUTION_TIMEOUT'
          ? timedOut()
          : new ScriptFailure(what, describeThrown(error)),
      );
    }
  });
  await settled;

  const left = Math.max(minimumMs, Math.floor(limitMs - (performance.now() - startedAt)));
  const vars = varsAfter(what, sandboxContext, left, timedOut);
  // The run's vars object is shared with the engine: changed in place, deletions included.
  for (const name of Object.keys(run.vars))
    if (!(name in vars)) Reflect.deleteProperty(run.vars, name);
  Object.assign(run.vars, vars);
}
