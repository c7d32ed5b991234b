import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { z } from 'zod';

const lineSchema = z.looseObject({
  level: z.enum(['info', 'warn', 'error']),
  time: z.iso.datetime(),
  event: z.string(),
  message: z.string(),
});
export type ServiceLine = z.infer<typeof lineSchema>;

interface Waiter {
  match: (line: ServiceLine) => boolean;
  resolve: (line: ServiceLine) => void;
}

/**
 * The service as a child process, its stdout read as JSON lines (a line that is not one fails
 * the test). Tests wait on the lines it logs, never on time.
 */
export class ServiceProcess {
  readonly lines: ServiceLine[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: ChildProcess;
  private readonly waiters = new Set<Waiter>();
  private stderr = '';
  private notJson: string[] = [];

  constructor(startCjs: string, args: readonly string[], env: NodeJS.ProcessEnv) {
    const child = spawn(process.execPath, [startCjs, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    const stdout = createInterface({ input: child.stdout });
    stdout.on('line', (text) => this.receive(text));
    const closed = new Promise<void>((resolve) => stdout.once('close', resolve));
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => void closed.then(() => resolve({ code, signal }))),
    );
  }

  /** The first line (already logged or still to come) that matches; fails if the process ends first. */
  waitFor(what: string, match: (line: ServiceLine) => boolean): Promise<ServiceLine> {
    const seen = this.lines.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { match, resolve };
      this.waiters.add(waiter);
      void this.exited.then(() => {
        if (!this.waiters.delete(waiter)) return;
        reject(new Error(`The service ended before ${what}.\n${this.transcript()}`));
      });
    });
  }

  event(event: string, fields: Record<string, unknown> = {}): Promise<ServiceLine> {
    return this.waitFor(
      `its '${event}' line`,
      (line) => line.event === event && Object.entries(fields).every(([k, v]) => line[k] === v),
    );
  }

  /** Lines that were not JSON, and what it wrote on stderr. */
  get strays(): { notJson: string[]; stderr: string } {
    return { notJson: this.notJson, stderr: this.stderr };
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  private receive(text: string): void {
    let line: ServiceLine;
    try {
      line = lineSchema.parse(JSON.parse(text));
    } catch {
      this.notJson.push(text);
      return;
    }
    this.lines.push(line);
    for (const waiter of this.waiters)
      if (waiter.match(line)) {
        this.waiters.delete(waiter);
        waiter.resolve(line);
      }
  }

  private transcript(): string {
    return [...this.lines.map((l) => JSON.stringify(l)), ...this.notJson, this.stderr].join('\n');
  }
}
