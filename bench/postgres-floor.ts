import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copyLine } from '../electron/storage/records/postgres/copy-text';
import type { DbParam } from '../electron/storage/records/row-codec';
import { postgresDialect, quoteIdentifier as q } from '../electron/storage/records/sql/dialect';
import { createTableSql } from '../electron/storage/records/sql/table-ddl';
import { tableDefinitionSchema } from '../shared/domain/records';
import { benchRow, benchTable, measured, type LoadFigures } from './records-bench';

const table = tableDefinitionSchema.parse(benchTable);
const columns = table.columns.map((c) => c.name);
const columnList = columns.map(q).join(', ');

/** The bench rows as COPY text, generated as the stream pulls them (as the SQLite floor does). */
function* copyText(rows: number): Generator<string> {
  for (let start = 1; start <= rows; start += 1000) {
    let chunk = '';
    for (let i = start; i < Math.min(start + 1000, rows + 1); i++) {
      const row = benchRow(i);
      chunk += copyLine(columns.map((c) => (row[c] ?? null) as DbParam));
    }
    yield chunk;
  }
}

async function copyInto(client: pg.Client, target: string, rows: number): Promise<void> {
  await pipeline(
    Readable.from(copyText(rows)),
    client.query(copyFrom(`COPY ${q(target)} (${columnList}) FROM STDIN`)),
  );
}

export interface PostgresFloor {
  /** COPY straight into the (fresh) table: what the server can take at all. */
  copyIntoTable: LoadFigures;
  /** COPY into a temporary table, then one INSERT … SELECT … ON CONFLICT DO UPDATE. */
  copyPlusUpsert: LoadFigures;
}

/**
 * The floor the record store is measured against on PostgreSQL, with the same rows and table
 * shape, on one plain client with no checks: each path once into a fresh table.
 */
export async function postgresFloor(databaseUrl: string, rows: number): Promise<PostgresFloor> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const fresh = async (name: string) => {
    await client.query(`DROP TABLE IF EXISTS ${q(name)}`);
    await client.query(createTableSql(postgresDialect, { ...table, name }));
  };
  const perSecond = (f: LoadFigures) => ({ ...f, rowsPerSecond: Math.round(rows / f.seconds) });
  try {
    await fresh('bench_floor_copy');
    const copyIntoTable = perSecond(
      await measured(() => copyInto(client, 'bench_floor_copy', rows)),
    );
    await client.query('DROP TABLE bench_floor_copy');

    await fresh('bench_floor_upsert');
    const updates = columns.filter((c) => !table.key.includes(c));
    const copyPlusUpsert = perSecond(
      await measured(async () => {
        await client.query('BEGIN');
        await client.query(
          `CREATE TEMP TABLE bench_floor_stage ON COMMIT DROP AS SELECT ${columnList} FROM bench_floor_upsert WITH NO DATA`,
        );
        await copyInto(client, 'bench_floor_stage', rows);
        await client.query(
          `INSERT INTO bench_floor_upsert (${columnList}) SELECT ${columnList} FROM bench_floor_stage ON CONFLICT (${table.key.map(q).join(', ')}) DO UPDATE SET ${updates.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')}`,
        );
        await client.query('COMMIT');
      }),
    );
    await client.query('DROP TABLE bench_floor_upsert');
    return { copyIntoTable, copyPlusUpsert };
  } finally {
    await client.end();
  }
}
