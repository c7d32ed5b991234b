import {
  minimumReadBackMs,
  type ExpressionLimits,
  type ExpressionResult,
  type LogLevel,
  type SandboxRequest,
  type ScriptOutcome,
} from './sandbox-protocol';
import {
  SandboxError,
  SandboxThread,
  type SandboxReply,
  type SandboxWorkerEntry,
} from './sandbox-thread';
import { transferVars } from './vars-transfer';

/** Beyond its own limits, what a request may take before its thread is terminated. */
const graceMs = 2000;
/** Per evaluation, the time given to describe a failure (see SandboxContext). */
const describeMs = 50;
const startTimeoutMs = 15_000;

export interface ScriptCall {
  script: string;
  vars: Readonly<Record<string, unknown>>;
  instanceName: string;
  timeoutMs: number;
  log(level: LogLevel, text: string): void;
  signal?: AbortSignal;
}

export interface SandboxPoolOptions {
  /** Threads running at once; more requests wait their turn. */
  maxThreads?: number;
}

/** A request before the pool numbers it. */
type UnnumberedRequest = SandboxRequest extends infer R
  ? R extends unknown
    ? Omit<R, 'id'>
    : never
  : never;

/**
 * Where administrator-written code runs: QuickJS in worker threads, so that the console goes on
 * answering while a script spins. Threads are started on demand, kept for the next request
 * (the engine loads once per thread), and terminated and replaced when a request overruns its
 * hard limit, is cancelled, or the thread fails.
 */
export class SandboxPool {
  private readonly idle: SandboxThread[] = [];
  private readonly threads = new Set<SandboxThread>();
  private readonly waiting: (() => void)[] = [];
  private readonly maxThreads: number;
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly entry: SandboxWorkerEntry,
    options: SandboxPoolOptions = {},
  ) {
    this.maxThreads = options.maxThreads ?? 4;
  }

  /** Right-hand values, each in a fresh context with `vars` and the limits of its own. */
  async evaluate(
    expressions: readonly string[],
    vars: Readonly<Record<string, unknown>>,
    limits: ExpressionLimits,
  ): Promise<ExpressionResult[]> {
    if (expressions.length === 0) return [];
    const reply = await this.run(
      {
        kind: 'expressions',
        expressions: [...expressions],
        vars: transferVars(vars),
        steps: limits.steps,
        backstopMs: limits.backstopMs,
      },
      // A failure's description is counted work too, under the same backstop.
      expressions.length * 2 * limits.backstopMs,
      () => undefined,
    );
    if (reply.type !== 'expressions' || reply.results.length !== expressions.length)
      throw new SandboxError('The script sandbox answered another question.');
    return reply.results;
  }

  async runScript(call: ScriptCall): Promise<ScriptOutcome> {
    const reply = await this.run(
      {
        kind: 'script',
        script: call.script,
        vars: transferVars(call.vars),
        instanceName: call.instanceName,
        timeoutMs: call.timeoutMs,
      },
      call.timeoutMs + minimumReadBackMs + describeMs,
      call.log,
      call.signal,
    );
    if (reply.type !== 'script')
      throw new SandboxError('The script sandbox answered another question.');
    return reply.outcome;
  }

  async close(): Promise<void> {
    this.closed = true;
    const stopping = new SandboxError('The console is closing.');
    for (const wake of this.waiting.splice(0)) wake();
    await Promise.all([...this.threads].map((t) => t.terminate(stopping)));
    this.threads.clear();
    this.idle.length = 0;
  }

  private async run(
    request: UnnumberedRequest,
    budgetMs: number,
    log: ScriptCall['log'],
    signal?: AbortSignal,
  ): Promise<SandboxReply> {
    signal?.throwIfAborted();
    const thread = await this.acquire();
    if (signal?.aborted) {
      // Cancelled while it waited for a thread: the thread has done nothing, it stays.
      this.release(thread, true);
      signal.throwIfAborted();
    }
    let keep = false;
    try {
      const reply = await this.answered(
        thread,
        thread.send({ ...request, id: this.nextId++ } as SandboxRequest, log),
        budgetMs + graceMs,
        signal,
      );
      keep = !reply.retire;
      return reply;
    } finally {
      this.release(thread, keep);
    }
  }

  /** The thread's answer, or termination past the hard limit or on cancellation. */
  private answered(
    thread: SandboxThread,
    reply: Promise<SandboxReply>,
    limitMs: number,
    signal?: AbortSignal,
  ): Promise<SandboxReply> {
    return new Promise<SandboxReply>((resolve, reject) => {
      const stop = (error: Error) => {
        void thread.terminate(error);
        reject(error);
      };
      const timer = setTimeout(
        () =>
          stop(
            new SandboxError(
              `The script did not stop within ${limitMs} ms: its sandbox was terminated.`,
            ),
          ),
        limitMs,
      );
      const abort = () =>
        stop(signal?.reason instanceof Error ? signal.reason : new SandboxError('Cancelled.'));
      signal?.addEventListener('abort', abort, { once: true });
      reply.then(resolve, reject).finally(() => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', abort);
      });
    });
  }

  private async acquire(): Promise<SandboxThread> {
    for (;;) {
      if (this.closed) throw new SandboxError('The console is closing.');
      const thread = this.idle.pop();
      if (thread?.alive) {
        thread.hold(true);
        return thread;
      }
      if (thread) {
        this.threads.delete(thread);
        continue;
      }
      if (this.threads.size < this.maxThreads) return this.start();
      await new Promise<void>((wake) => this.waiting.push(wake));
    }
  }

  private async start(): Promise<SandboxThread> {
    const thread = new SandboxThread(this.entry);
    this.threads.add(thread);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        thread.ready,
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new SandboxError(`it did not start within ${startTimeoutMs} ms`)),
            startTimeoutMs,
          );
        }),
      ]);
      return thread;
    } catch (error) {
      this.release(thread, false);
      throw new SandboxError(
        `The script sandbox could not start: ${error instanceof Error ? error.message : 'unknown failure'}`,
      );
    } finally {
      clearTimeout(timer);
    }
  }

  private release(thread: SandboxThread, keep: boolean): void {
    if (keep && thread.alive && !this.closed) {
      thread.hold(false);
      this.idle.push(thread);
    } else {
      this.threads.delete(thread);
      if (thread.alive) void thread.terminate(new SandboxError('The sandbox thread was retired.'));
    }
    this.waiting.shift()?.();
  }
}
