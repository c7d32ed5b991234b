import { join } from 'node:path';
import type { RecordRow } from '../../../../shared/domain/records';
import { ConsoleError } from '../../../core/console-error';
import type { ActivityContext, Population } from '../activity';
import type { EngineFixture } from './engine-fixture';
import { dataFolder } from '../../../core/data-folder';

/** A work table of `ids`, made the way an activity makes its output population. */
export async function produce(context: ActivityContext, ids: number[]): Promise<Population> {
  const table = await context.createWorkTable(
    'Rows',
    [{ name: 'id', label: 'Id', type: 'long' }],
    ['id'],
  );
  await context.env.records.upsert(
    table,
    ids.map((id) => ({ id })),
  );
  context.progress(ids.length, ids.length);
  return { table, count: ids.length };
}

export async function rowsOf(f: EngineFixture, table: string): Promise<RecordRow[]> {
  const rows: RecordRow[] = [];
  for await (const batch of f.records.store.stream(table, {}, 100)) rows.push(...batch);
  return rows;
}

export async function tableNames(f: EngineFixture): Promise<string[]> {
  return (await f.records.store.listTables()).map((t) => t.name);
}

export function runFolder(f: EngineFixture, runId: string): string {
  return join(f.records.dataDir, dataFolder.workflowRuns, runId);
}

export async function failure(promise: Promise<unknown>): Promise<ConsoleError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ConsoleError))
    throw new Error(`Expected a ConsoleError, got ${String(error)}`);
  return error;
}
