import type { QuickJSContext, QuickJSHandle, QuickJSRuntime } from 'quickjs-emscripten-core';
import { z } from 'zod';
import type { Engine } from './quickjs-engine';
import { bootstrapSource } from './sandbox-bootstrap';
import { sandboxLimits, type SandboxFailure, type TransferredVars } from './sandbox-protocol';

/** Time given to describe a failure, once the script's own is used up. */
const describeMs = 50;
/** Steps (interrupt-handler calls) given to describe a failure, when the work is counted. */
const describeSteps = 50;
/** Building `vars` is the console's own work, not the script's: it does not eat into its time. */
const bootstrapMs = 5000;

const describedSchema = z.object({
  name: z.string().nullable(),
  text: z.string(),
  line: z.number().int().nullable(),
});

/** Where each helper the bootstrap returns sits in its array. */
const helperIndex = { describe: 0, classify: 1, readVars: 2 } as const;
export type Helper = keyof typeof helperIndex;

export interface ContextOptions {
  vars: TransferredVars;
  /** Scripts get `instance` and `logger`; right-hand values only `vars`. */
  script: { instanceName: string; emit(level: string, text: string): void } | null;
  /** Wall time; with `steps`, only a backstop for built-ins that do much work in one step. */
  timeoutMs: number;
  /**
   * The work allowed, counted in calls of QuickJS's interrupt handler (one per some ten thousand
   * calls and backward jumps): unlike wall time, the same on a loaded machine. Null: time only.
   */
  steps: number | null;
}

/**
 * One fresh QuickJS runtime and context, with the memory, stack and time limits, and the
 * bootstrap run: what one evaluation runs in, disposed after it.
 */
export class SandboxContext {
  readonly context: QuickJSContext;
  private readonly runtime: QuickJSRuntime;
  private deadline: number;
  private stepsLeft = Infinity;
  private helpers: QuickJSHandle | null = null;
  private readonly exhaustedBefore: boolean;

  constructor(
    private readonly engine: Engine,
    private readonly options: ContextOptions,
  ) {
    // Deadlines are on the monotonic clock: they measure elapsed time, not "now".
    this.deadline = performance.now() + bootstrapMs;
    this.exhaustedBefore = engine.heapExhausted();
    this.runtime = engine.module.newRuntime();
    // Refuses any single allocation past the limit at once; the heap's maximum bounds the total.
    this.runtime.setMemoryLimit(sandboxLimits.memoryMb * 1024 * 1024);
    this.runtime.setMaxStackSize(sandboxLimits.stackKb * 1024);
    // Called by QuickJS every few thousand operations, in promise jobs too; past a limit it
    // throws an error that the script's own try/catch cannot catch.
    this.runtime.setInterruptHandler(() => {
      this.stepsLeft -= 1;
      return this.timedOut;
    });
    this.context = this.runtime.newContext();
    try {
      this.helpers = this.bootstrap(options);
    } catch (error) {
      this.dispose();
      const reason = error instanceof Error ? error.message : 'unknown failure';
      throw new Error(`vars could not be passed into the sandbox (${reason}).`);
    }
    this.deadline = performance.now() + options.timeoutMs;
    this.stepsLeft = options.steps ?? Infinity;
  }

  /** Whether a limit is reached: the work allowed, or the wall time. */
  get timedOut(): boolean {
    return this.stepsLeft < 0 || performance.now() > this.deadline;
  }

  /** Moves the deadline later, never earlier (reading `vars` back gets a minimum). */
  extendDeadlineTo(at: number): void {
    this.deadline = Math.max(this.deadline, at);
  }

  /** Runs every pending promise job; the interrupt handler stops them at the deadline. */
  runJobs(): void {
    while (this.runtime.hasPendingJob() && !this.timedOut) {
      const result = this.runtime.executePendingJobs();
      // A job's error also rejects its promise: the caller reads the outcome from there.
      if (result.error) result.error.dispose();
    }
  }

  hasPendingJob(): boolean {
    return this.runtime.hasPendingJob();
  }

  /** Calls one of the bootstrap's helpers: its JSON text, or null when it failed. */
  callHelper(which: Helper, argument: QuickJSHandle | null): string | null {
    if (!this.helpers) return null;
    const helper = this.context.getProp(this.helpers, helperIndex[which]);
    try {
      const args = argument ? [argument] : [];
      const result = this.context.callFunction(helper, this.context.undefined, ...args);
      if (result.error) {
        result.error.dispose();
        return null;
      }
      const text = this.context.typeof(result.value) === 'string';
      const value = text ? this.context.getString(result.value) : null;
      result.value.dispose();
      return value;
    } finally {
      helper.dispose();
    }
  }

  /**
   * What a thrown value means: out of time, out of memory, or what it says and where. Out of
   * memory, QuickJS may throw a bare value (it could not build the error): the heap says it.
   */
  failureOf(thrown: QuickJSHandle): SandboxFailure {
    if (this.timedOut) return { kind: 'timeout' };
    if (!this.exhaustedBefore && this.engine.heapExhausted()) return { kind: 'memory' };
    if (this.options.steps === null) this.deadline = performance.now() + describeMs;
    else {
      // Counted work keeps the wall time a backstop, here too.
      this.stepsLeft = describeSteps;
      this.deadline = performance.now() + this.options.timeoutMs;
    }
    const text = this.callHelper('describe', thrown);
    const described = describedSchema.safeParse(text === null ? null : JSON.parse(text));
    if (!described.success)
      return { kind: 'thrown', text: 'threw a value that cannot be shown', line: null };
    const { name, line } = described.data;
    if (name === 'InternalError' && described.data.text === 'out of memory')
      return { kind: 'memory' };
    const kind = name === 'SyntaxError' ? 'syntax' : 'thrown';
    return { kind, text: described.data.text, line };
  }

  dispose(): void {
    this.helpers?.dispose();
    this.helpers = null;
    this.context.dispose();
    this.runtime.dispose();
  }

  private bootstrap(options: ContextOptions): QuickJSHandle {
    const { context } = this;
    const boot = context.unwrapResult(context.evalCode(bootstrapSource, 'bootstrap.js'));
    const args = [
      context.newString(options.vars.json),
      context.newString(JSON.stringify(options.vars.datePaths)),
      options.script ? context.newString(options.script.instanceName) : context.null,
      context.newFunction('emit', (level, text) => {
        if (context.typeof(level) === 'string' && context.typeof(text) === 'string')
          options.script?.emit(context.getString(level), context.getString(text));
      }),
    ];
    try {
      return context.unwrapResult(context.callFunction(boot, context.undefined, ...args));
    } finally {
      for (const arg of args) if (arg.alive && arg !== context.null) arg.dispose();
      boot.dispose();
    }
  }
}
