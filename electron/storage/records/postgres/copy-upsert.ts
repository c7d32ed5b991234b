import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { RecordStoreError } from '../record-store';
import type { DbParam } from '../row-codec';
import { quoteIdentifier as q } from '../sql/dialect';
import type { UpsertShape } from '../sql/sql-executor';
import { copyChunks, copyValue } from './copy-text';

/** What one transaction keeps: its client and the staging tables it has made, by shape. */
export interface CopyTransaction {
  client: pg.PoolClient;
  stages: Map<string, string>;
}

/**
 * The rows a statement may write: one statement cannot touch a row twice, so the last
 * occurrence of a key wins, as it would one row at a time. Returns the input indexes kept.
 */
function lastOfEachKey(rows: readonly DbParam[][], keyIndexes: readonly number[]): number[] | null {
  const byKey = new Map<unknown, number>();
  const single = keyIndexes.length === 1 ? (keyIndexes[0] as number) : -1;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as DbParam[];
    byKey.set(single >= 0 ? row[single] : JSON.stringify(keyIndexes.map((i) => row[i])), r);
  }
  if (byKey.size === rows.length) return null;
  return [...byKey.values()].sort((a, b) => a - b);
}

/**
 * A temporary table shaped like the columns written, dropped when the transaction ends (commit
 * or rollback); a second write of the same shape in the transaction empties and reuses it.
 */
async function stagingTable(tx: CopyTransaction, shape: UpsertShape): Promise<string> {
  const id = `${shape.table}\u0000${shape.columns.join('\u0000')}`;
  const existing = tx.stages.get(id);
  if (existing) {
    await tx.client.query(`TRUNCATE ${q(existing)}`);
    return existing;
  }
  const name = `console_stage_${tx.stages.size + 1}`;
  await tx.client.query(
    `CREATE TEMP TABLE ${q(name)} ON COMMIT DROP AS SELECT ${shape.columns.map(q).join(', ')} FROM ${q(shape.table)} WITH NO DATA`,
  );
  tx.stages.set(id, name);
  return name;
}

function upsertFromStage(shape: UpsertShape, stage: string): string {
  const columns = shape.columns.map(q).join(', ');
  const updates = shape.columns.filter((c) => !shape.key.includes(c));
  const conflict = updates.length
    ? `DO UPDATE SET ${updates.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')}`
    : 'DO NOTHING';
  return `INSERT INTO ${q(shape.table)} (${columns}) SELECT ${columns} FROM ${q(stage)} ON CONFLICT (${shape.key.map(q).join(', ')}) ${conflict}`;
}

interface PgProblem {
  code?: string;
  message: string;
  where?: string;
  detail?: string;
}

const isPgProblem = (error: unknown): error is PgProblem =>
  error instanceof Error && typeof (error as { code?: unknown }).code === 'string';

/**
 * Names the input row a server error is about: COPY says the line and column it stopped at; a
 * unique key's violation says the values, which are looked up among the rows sent.
 */
function rowError(
  error: unknown,
  shape: UpsertShape,
  sent: readonly DbParam[][],
  rowNumberOf: (line: number) => number,
): unknown {
  if (!isPgProblem(error)) return error;
  const at = /\bline (\d+)(?:, column ([^:]+))?/.exec(error.where ?? '');
  if (at && error.code?.startsWith('22')) {
    const column = at[2] ? `, column '${at[2]}'` : '';
    return new RecordStoreError(
      'BAD_VALUE',
      `Table '${shape.table}', row ${rowNumberOf(Number(at[1]))}${column}: ${error.message}.`,
    );
  }
  const duplicate = /^Key \((.+)\)=\((.*)\) already exists\.$/.exec(error.detail ?? '');
  if (error.code === '23505' && duplicate) {
    const names = (duplicate[1] as string).split(', ').map((n) => n.replace(/^"|"$/g, ''));
    const indexes = names.map((n) => shape.columns.indexOf(n));
    const values = duplicate[2] as string;
    const line = indexes.includes(-1)
      ? -1
      : sent.findIndex(
          (row) => indexes.map((i) => copyValue(row[i] ?? null)).join(', ') === values,
        );
    const where = line >= 0 ? `, row ${rowNumberOf(line + 1)}` : '';
    return new RecordStoreError(
      'BAD_VALUE',
      `Table '${shape.table}'${where}: another record already has (${names.join(', ')}) = (${values}), which must be unique.`,
    );
  }
  return error;
}

/**
 * Writes rows the way the server loads fastest: COPY into a staging table, then one
 * INSERT … SELECT … ON CONFLICT into the table. Runs inside the caller's transaction, so a
 * failure anywhere leaves the table as it was.
 */
export async function copyUpsert(
  tx: CopyTransaction,
  shape: UpsertShape,
  rows: readonly DbParam[][],
  firstRowNumber: number,
): Promise<number> {
  const kept = lastOfEachKey(
    rows,
    shape.key.map((k) => shape.columns.indexOf(k)),
  );
  const sent = kept ? kept.map((i) => rows[i] as DbParam[]) : rows;
  const rowNumberOf = (line: number) => firstRowNumber + (kept ? (kept[line - 1] ?? 0) : line - 1);
  const stage = await stagingTable(tx, shape);
  try {
    await pipeline(
      Readable.from(copyChunks(sent)),
      tx.client.query(copyFrom(`COPY ${q(stage)} (${shape.columns.map(q).join(', ')}) FROM STDIN`)),
    );
    await tx.client.query(upsertFromStage(shape, stage));
  } catch (error) {
    throw rowError(error, shape, sent, rowNumberOf);
  }
  return rows.length;
}
