import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import type { RecordRow } from '../../../../shared/domain/records';
import { SqlRecordEngine } from '../sql/sql-record-engine';
import { SqliteExecutor } from './sqlite-executor';
import { serializeError, type WorkerRequest, type WorkerResponse } from './worker-protocol';

/*
 * The record-store worker: owns the SQLite connection so that bulk loads, scans and exports
 * never block the main thread. Requests are handled one at a time, in arrival order.
 */
const { file, busyTimeoutMs } = z
  .object({ file: z.string(), busyTimeoutMs: z.number().int().min(0) })
  .parse(workerData);
const port = parentPort;
if (!port) throw new Error('sqlite-worker must run as a worker thread');

// Opening may fail (locked or damaged file): every request then answers with that error.
const ready = (async () => {
  const executor = SqliteExecutor.open(file, busyTimeoutMs);
  return { executor, engine: await SqlRecordEngine.open(executor) };
})();
ready.catch(() => undefined);
const streams = new Map<number, AsyncIterator<RecordRow[]>>();
let nextStream = 1;

async function handle(op: string, args: unknown[]): Promise<unknown> {
  const { engine, executor } = await ready;
  const [a, b, c] = args as [never, never, never];
  switch (op) {
    case 'ensureTable':
      return engine.ensureTable(a, b);
    case 'describeTable':
      return engine.describeTable(a);
    case 'listTables':
      return engine.listTables();
    case 'dropTable':
      return engine.dropTable(a);
    case 'createWorkTable':
      return engine.createWorkTable(a, b);
    case 'upsert':
      return engine.upsert(a, b, c);
    case 'deleteByKeys':
      return engine.deleteByKeys(a, b);
    case 'findByKeys':
      return engine.findByKeys(a, b, c);
    case 'count':
      return engine.count(a, b);
    case 'readPage':
      return engine.readPage(a);
    case 'begin':
      return executor.begin();
    case 'commit':
      return executor.commit();
    case 'rollback':
      return executor.rollback();
    case 'streamOpen': {
      const id = nextStream++;
      streams.set(id, engine.stream(a, b, c)[Symbol.asyncIterator]());
      return id;
    }
    case 'streamNext': {
      const iterator = streams.get(a);
      const next = iterator ? await iterator.next() : { done: true as const, value: undefined };
      if (next.done) streams.delete(a);
      return next.done ? null : next.value;
    }
    case 'streamClose':
      await streams.get(a)?.return?.();
      streams.delete(a);
      return null;
    case 'close':
      for (const iterator of streams.values()) await iterator.return?.();
      return engine.close();
    default:
      throw new Error(`Unknown record-store operation '${op}'.`);
  }
}

let queue: Promise<void> = Promise.resolve();
port.on('message', (request: WorkerRequest) => {
  queue = queue.then(async () => {
    let response: WorkerResponse;
    try {
      response = {
        id: request.id,
        ok: true,
        value: await handle(request.op, request.args),
      };
    } catch (error) {
      response = { id: request.id, ok: false, error: serializeError(error) };
    }
    port.postMessage(response);
  });
});
