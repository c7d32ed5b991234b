import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { msg } from '../../../../shared/i18n/message';
import { rowRefusal } from '../row-refusal';
import type { DbParam } from '../row-codec';
import { quoteIdentifier as q } from '../sql/dialect';
import type { UpsertShape } from '../sql/sql-executor';
import { copyChunks, copyValue } from './copy-text';
import { lastOfEachKey } from '../sql/last-of-each-key';

/** What one transaction keeps: its client and the staging tables it has made, by shape. */
export interface CopyTransaction {
  client: pg.PoolClient;
  stages: Map<string, string>;
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
    const cause = error.message;
    return rowRefusal(
      'BAD_VALUE',
      {
        table: shape.table,
        row: rowNumberOf(Number(at[1])),
        ...(at[2] ? { column: at[2] } : {}),
      },
      (place) => msg('messages:store.serverRefusedRow', { at: place, cause }),
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
    return rowRefusal(
      'BAD_VALUE',
      { table: shape.table, ...(line >= 0 ? { row: rowNumberOf(line + 1) } : {}) },
      (place) =>
        msg('messages:store.duplicateValues', { at: place, columns: names.join(', '), values }),
    );
  }
  return error;
}

function copyRows(tx: CopyTransaction, copy: string, rows: readonly DbParam[][]): Promise<void> {
  return pipeline(Readable.from(copyChunks(rows)), tx.client.query(copyFrom(copy)));
}

/**
 * Writes rows the way the server loads fastest: COPY into a staging table, then one
 * INSERT … SELECT … ON CONFLICT into the table; rows known to be new, COPY straight into the
 * table. Runs inside the caller's transaction, so a
 * failure anywhere leaves the table as it was.
 */
export async function copyUpsert(
  tx: CopyTransaction,
  shape: UpsertShape,
  rows: readonly DbParam[][],
  firstRowNumber: number,
): Promise<number> {
  const kept = await lastOfEachKey(
    rows,
    shape.key.map((k) => shape.columns.indexOf(k)),
  );
  const sent = kept ? kept.map((i) => rows[i] as DbParam[]) : rows;
  const rowNumberOf = (line: number) => firstRowNumber + (kept ? (kept[line - 1] ?? 0) : line - 1);
  const columns = shape.columns.map(q).join(', ');
  try {
    if (shape.onlyNew) {
      await copyRows(tx, `COPY ${q(shape.table)} (${columns}) FROM STDIN`, sent);
    } else {
      const stage = await stagingTable(tx, shape);
      await copyRows(tx, `COPY ${q(stage)} (${columns}) FROM STDIN`, sent);
      await tx.client.query(upsertFromStage(shape, stage));
    }
  } catch (error) {
    throw rowError(error, shape, sent, rowNumberOf);
  }
  return rows.length;
}
