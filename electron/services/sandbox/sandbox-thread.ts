import { Worker } from 'node:worker_threads';
import {
  workerMessageSchema,
  type ExpressionResult,
  type LogLevel,
  type SandboxRequest,
  type ScriptOutcome,
} from './sandbox-protocol';

export interface SandboxWorkerEntry {
  /** The worker script: dist/sandbox-worker.cjs, or a bundle of the .ts source in tests. */
  file: string;
  execArgv?: string[];
}

/** The sandbox itself failed or was stopped: not something the script did. */
export class SandboxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SandboxError';
  }
}

/** `retire`: the thread's engine used its whole heap; it is not to be used again. */
export type SandboxReply =
  | { type: 'expressions'; results: ExpressionResult[]; retire: boolean }
  | { type: 'script'; outcome: ScriptOutcome; retire: boolean };

interface InFlight {
  id: number;
  log(level: LogLevel, text: string): void;
  resolve(reply: SandboxReply): void;
  reject(error: Error): void;
}

/**
 * One sandbox worker thread, seen from the console: one request at a time. Every message from it
 * is parsed; anything unexpected, an error or an exit ends it for good.
 */
export class SandboxThread {
  readonly ready: Promise<void>;
  private readonly worker: Worker;
  private inFlight: InFlight | null = null;
  private failure: Error | null = null;
  private markReady: () => void = () => undefined;
  private markFailed: (error: Error) => void = () => undefined;

  constructor(entry: SandboxWorkerEntry) {
    this.ready = new Promise<void>((resolve, reject) => {
      this.markReady = resolve;
      this.markFailed = reject;
    });
    this.ready.catch(() => undefined);
    this.worker = new Worker(entry.file, { execArgv: entry.execArgv ?? [] });
    this.worker.on('message', (raw: unknown) => this.receive(raw));
    this.worker.on('error', (error) => this.fail(new SandboxError(error.message)));
    this.worker.on('exit', (code) =>
      this.fail(new SandboxError(`The script sandbox stopped (exit code ${code}).`)),
    );
  }

  get alive(): boolean {
    return this.failure === null;
  }

  send(request: SandboxRequest, log: InFlight['log']): Promise<SandboxReply> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.inFlight) return Promise.reject(new SandboxError('The sandbox thread is busy.'));
    return new Promise<SandboxReply>((resolve, reject) => {
      this.inFlight = { id: request.id, log, resolve, reject };
      this.worker.postMessage(request);
    });
  }

  /** Idle threads must not keep the process alive; busy ones must. */
  hold(busy: boolean): void {
    if (busy) this.worker.ref();
    else this.worker.unref();
  }

  async terminate(reason: Error): Promise<void> {
    this.fail(reason);
    await this.worker.terminate();
  }

  private receive(raw: unknown): void {
    const parsed = workerMessageSchema.safeParse(raw);
    if (!parsed.success) {
      void this.terminate(new SandboxError('The script sandbox sent a malformed message.'));
      return;
    }
    const message = parsed.data;
    if (message.type === 'ready') {
      this.markReady();
      return;
    }
    if (message.type === 'broken') {
      this.fail(new SandboxError(`The script sandbox failed: ${message.text}`));
      return;
    }
    const current = this.inFlight;
    if (!current || current.id !== message.id) return;
    if (message.type === 'log') {
      current.log(message.level, message.text);
      return;
    }
    this.inFlight = null;
    current.resolve(message);
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    this.markFailed(error);
    this.inFlight?.reject(error);
    this.inFlight = null;
  }
}
