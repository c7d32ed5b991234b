import { parentPort } from 'node:worker_threads';
import { evaluateExpressions } from './evaluate-expressions';
import { loadEngine, type Engine } from './quickjs-engine';
import { runScript } from './run-script';
import {
  logLevels,
  sandboxRequestSchema,
  type SandboxRequest,
  type WorkerMessage,
} from './sandbox-protocol';

/*
 * The sandbox worker: runs administrator-written code in QuickJS, compiled to WebAssembly, off
 * the console's main thread. One request at a time: QuickJS runs synchronously, so the thread
 * is busy until the request's own time limit stops it; the host terminates it past a hard limit.
 */
const port = parentPort;
if (!port) throw new Error('sandbox-worker must run as a worker thread');

/** A script that logs in a loop must not flood the run's log. */
const maxLogLines = 1000;
const maxLogLength = 2000;

const post = (message: WorkerMessage) => port.postMessage(message);

function broken(id: number | null, error: unknown): never {
  // The engine's state is unknown after a failure of its own: say so, and let the host replace us.
  post({ type: 'broken', id, text: error instanceof Error ? error.message : 'unknown failure' });
  process.exit(1);
}

function handle(engine: Engine, request: SandboxRequest): void {
  try {
    if (request.kind === 'expressions') {
      const { expressions, vars, steps, backstopMs } = request;
      const results = evaluateExpressions(engine, expressions, vars, { steps, backstopMs });
      post({ type: 'expressions', id: request.id, results, retire: engine.heapExhausted() });
      return;
    }
    let lines = 0;
    const emit = (level: string, text: string) => {
      lines += 1;
      const known = logLevels.find((l) => l === level);
      if (!known || lines > maxLogLines) return;
      const line = text.slice(0, maxLogLength);
      post({
        type: 'log',
        id: request.id,
        level: known,
        text: lines === maxLogLines ? `${line} (further lines dropped)` : line,
      });
    };
    const outcome = runScript(engine, { ...request, emit });
    post({ type: 'script', id: request.id, outcome, retire: engine.heapExhausted() });
  } catch (error) {
    broken(request.id, error);
  }
}

function serve(engine: Engine): void {
  port?.on('message', (raw: unknown) => {
    const parsed = sandboxRequestSchema.safeParse(raw);
    if (!parsed.success) broken(null, new Error('a malformed request'));
    handle(engine, parsed.data);
  });
  post({ type: 'ready' });
}

loadEngine().then(serve, (error: unknown) => broken(null, error));
