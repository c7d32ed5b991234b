import type {
  PageAnchor,
  RecordQuery,
  RecordRow,
  TableDefinition,
} from '../../../../shared/domain/records';
import type { DbParam } from '../row-codec';
import type { SqlExecutor } from './sql-executor';
import { column, pageStatements, selectedColumns } from './statements';

/**
 * `limit` rows of a query from row `offset` on, read after `after` when given. The statements
 * of the plan are read in turn until the page is full; the rows to skip run on from one to
 * the next, counted (no further than the skip) where a statement holds fewer.
 */
export async function readRows(
  db: SqlExecutor,
  table: TableDefinition,
  query: RecordQuery,
  offset: number,
  limit: number,
  after?: PageAnchor,
  /** Only the order's own columns are read, to find a row by its position along the index. */
  positional = false,
): Promise<RecordRow[]> {
  const { dialect } = db;
  const plan = pageStatements(dialect, table, query, offset, after);
  const columns = selectedColumns(table, query).map((name) => column(table, name));
  const read = (sql: string, params: DbParam[]) =>
    positional ? db.allInIndexOrder(sql, params) : db.all(sql, params);
  let skip = plan.skip;
  const rows: RecordRow[] = [];
  for (const { sql, params } of plan.statements) {
    const wanted = limit - rows.length;
    if (wanted <= 0) break;
    const n = params.length;
    const found = await read(
      `${sql} LIMIT ${dialect.param(n + 1)} OFFSET ${dialect.param(n + 2)}`,
      [...params, wanted, skip],
    );
    for (const raw of found) rows.push(db.decode(columns, raw));
    if (found.length > 0) skip = 0;
    else if (skip > 0) {
      const [counted] = await db.all(
        `SELECT COUNT(*) AS n FROM (${sql} LIMIT ${dialect.param(n + 1)}) segment`,
        [...params, skip],
      );
      skip -= Number(counted?.n ?? 0);
    }
  }
  return rows;
}
