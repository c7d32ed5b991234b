import type { QuickJSHandle } from 'quickjs-emscripten-core';
import type { Engine } from './quickjs-engine';
import { scriptFileName } from './sandbox-bootstrap';
import { SandboxContext } from './sandbox-context';
import {
  minimumReadBackMs,
  type SandboxFailure,
  type ScriptOutcome,
  type TransferredVars,
} from './sandbox-protocol';
import { z } from 'zod';

export interface ScriptJob {
  script: string;
  vars: TransferredVars;
  instanceName: string;
  timeoutMs: number;
  emit(level: string, text: string): void;
}

const readBackSchema = z.union([z.object({ json: z.string() }), z.object({ error: z.string() })]);

/**
 * Runs the jobs until the script's promise settles, nothing is left to run, or time is up.
 * Jobs the script left queued still run, under the same limit, as they would in any engine.
 */
function settle(sandbox: SandboxContext, promise: QuickJSHandle): SandboxFailure | null {
  for (;;) {
    const state = sandbox.context.getPromiseState(promise);
    if (state.type === 'fulfilled') {
      state.value.dispose();
      sandbox.runJobs();
      return sandbox.timedOut ? { kind: 'timeout' } : null;
    }
    if (state.type === 'rejected') {
      const failure = sandbox.failureOf(state.error);
      state.error.dispose();
      return failure;
    }
    if (sandbox.timedOut) return { kind: 'timeout' };
    // No timers or I/O in the sandbox: with no job left, nothing can ever settle it.
    if (!sandbox.hasPendingJob()) return { kind: 'neverSettles' };
    sandbox.runJobs();
  }
}

/**
 * A script as the body of an async function (so top-level `await` works), its line numbers
 * those of the text written; then `vars` read back as JSON.
 */
export function runScript(engine: Engine, request: ScriptJob): ScriptOutcome {
  const sandbox = new SandboxContext(engine, {
    vars: request.vars,
    script: { instanceName: request.instanceName, emit: request.emit },
    timeoutMs: request.timeoutMs,
    steps: null,
  });
  try {
    const started = sandbox.context.evalCode(
      `(async () => {${request.script}\n})()`,
      scriptFileName,
      { type: 'global' },
    );
    if (started.error) {
      const failure = sandbox.failureOf(started.error);
      started.error.dispose();
      return { ok: false, failure };
    }
    const failure = settle(sandbox, started.value);
    started.value.dispose();
    if (failure) return { ok: false, failure };

    sandbox.extendDeadlineTo(performance.now() + minimumReadBackMs);
    const text = sandbox.callHelper('readVars', null);
    if (sandbox.timedOut) return { ok: false, failure: { kind: 'timeout' } };
    const read = readBackSchema.safeParse(text === null ? null : JSON.parse(text));
    if (!read.success)
      return { ok: false, failure: { kind: 'varsUnreadable', text: 'it cannot be read' } };
    if ('error' in read.data)
      return { ok: false, failure: { kind: 'varsUnreadable', text: read.data.error } };
    return { ok: true, varsJson: read.data.json };
  } finally {
    sandbox.dispose();
  }
}
