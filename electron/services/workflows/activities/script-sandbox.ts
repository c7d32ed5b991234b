import { z } from 'zod';
import { failureText } from '../../sandbox/failure-text';
import type { SandboxPool } from '../../sandbox/sandbox-pool';
import type { ScriptOutcome } from '../../sandbox/sandbox-protocol';
import { SandboxError } from '../../sandbox/sandbox-thread';

type Level = 'info' | 'warning' | 'error';

/** Fails the execution with the script's name and, when known, its line. */
class ScriptFailure extends Error {
  constructor(what: string, detail: string) {
    super(`${what}: ${detail}`);
    this.name = 'ScriptFailure';
  }
}

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
  sandbox: SandboxPool;
}

const varsSchema = z.record(z.string(), z.unknown());

function varsAfter(what: string, json: string): Record<string, unknown> {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(json);
  } catch {
    parsed = null;
  }
  const vars = varsSchema.safeParse(parsed);
  if (!vars.success) throw new ScriptFailure(what, '`vars` must remain an object.');
  return vars.data;
}

/**
 * Runs a script in the sandbox with a copy of the run's `vars`, `instance` and `logger`, and
 * nothing of Node, under a time limit; top-level `await` is allowed. Changes to `vars` are kept
 * when it succeeds.
 */
export async function runScript(run: ScriptRun): Promise<void> {
  const { what, signal } = run;
  signal.throwIfAborted();
  const timeoutMs = run.timeoutSeconds * 1000;
  let outcome: ScriptOutcome;
  try {
    outcome = await run.sandbox.runScript({
      script: run.script,
      vars: run.vars,
      instanceName: run.instanceName,
      timeoutMs,
      log: run.log,
      signal,
    });
  } catch (error) {
    if (signal.aborted || !(error instanceof SandboxError)) throw error;
    throw new ScriptFailure(what, error.message);
  }
  if (!outcome.ok) throw new ScriptFailure(what, failureText(outcome.failure, timeoutMs, true));
  const vars = varsAfter(what, outcome.varsJson);
  // The run's vars object is shared with the engine: changed in place, deletions included.
  for (const name of Object.keys(run.vars))
    if (!(name in vars)) Reflect.deleteProperty(run.vars, name);
  Object.assign(run.vars, vars);
}
