import { msg } from '../../../../shared/i18n/message';
import type {
  FilterCondition,
  PageAnchor,
  RecordFilter,
  RecordQuery,
  SortKey,
  TableDefinition,
} from '../../../../shared/domain/records';
import { RecordStoreError } from '../record-store';
import { columnEncoder, type DbParam } from '../row-codec';
import { quoteIdentifier as q, type Dialect } from './dialect';
import { keysetSegments, type KeysetSegment } from './keyset';

export interface Statement {
  sql: string;
  params: DbParam[];
}

const textTypes = new Set(['string', 'memo']);
const comparisons = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' } as const;

export function column(table: TableDefinition, name: string) {
  const found = table.columns.find((c) => c.name === name);
  if (!found)
    throw new RecordStoreError(
      'UNKNOWN_COLUMN',
      msg('messages:store.noColumn', { table: table.name, column: name }),
    );
  return found;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** The WHERE clause of a filter; parameters are checked against the columns' types. */
export function whereClause(
  dialect: Dialect,
  table: TableDefinition,
  filter: RecordFilter | undefined,
  params: DbParam[],
  also: (params: DbParam[]) => string | null = () => null,
): string {
  const parts = (filter?.conditions ?? []).map((c) => condition(dialect, table, c, params));
  const filtered = parts.join(filter?.combinator === 'or' ? ' OR ' : ' AND ');
  const more = also(params);
  if (!more) return filtered ? ` WHERE ${filtered}` : '';
  return filtered ? ` WHERE (${filtered}) AND ${more}` : ` WHERE ${more}`;
}

function condition(
  dialect: Dialect,
  table: TableDefinition,
  c: FilterCondition,
  params: DbParam[],
): string {
  const def = column(table, c.column);
  const col = q(def.name);
  const encode = (value: unknown): string => {
    try {
      params.push(columnEncoder(def, dialect.engine)(value as DbParam));
    } catch {
      throw new RecordStoreError(
        'BAD_VALUE',
        msg('messages:store.filterValue', {
          column: def.name,
          value: JSON.stringify(value),
          type: def.type,
        }),
      );
    }
    return dialect.param(params.length);
  };
  const isText = textTypes.has(def.type);
  switch (c.operator) {
    case 'isEmpty':
      return isText ? `(${col} IS NULL OR ${col} = '')` : `${col} IS NULL`;
    case 'isNotEmpty':
      return isText ? `(${col} IS NOT NULL AND ${col} <> '')` : `${col} IS NOT NULL`;
    case 'contains':
    case 'startsWith': {
      if (!isText)
        throw new RecordStoreError(
          'BAD_VALUE',
          msg('messages:store.textOperator', {
            operator: c.operator,
            column: def.name,
            type: def.type,
          }),
        );
      if (typeof c.value !== 'string')
        throw new RecordStoreError(
          'BAD_VALUE',
          msg('messages:store.filterNeedsText', { column: def.name }),
        );
      const pattern =
        c.operator === 'contains' ? `%${escapeLike(c.value)}%` : `${escapeLike(c.value)}%`;
      params.push(pattern);
      return `${col} ${dialect.likeOperator} ${dialect.param(params.length)} ESCAPE '\\'`;
    }
    case 'in': {
      const values = Array.isArray(c.value) ? c.value : [];
      if (values.length === 0) return '1 = 0';
      return `${col} IN (${values.map(encode).join(', ')})`;
    }
    default:
      return `${col} ${comparisons[c.operator]} ${encode(c.value)}`;
  }
}

/** The ORDER BY of a query: its sort, then the key. */
export function orderKeys(table: TableDefinition, sort: readonly SortKey[] | undefined): SortKey[] {
  const keys = [...(sort ?? [])];
  // The key breaks ties, so pages never overlap or skip rows; it runs the way the first sort
  // column does, so that one sort index (column, key) serves both directions.
  const descending = keys[0]?.descending ?? false;
  for (const k of table.key)
    if (!keys.some((s) => s.column === k)) keys.push({ column: k, descending });
  return keys;
}

/**
 * The key's columns hold no nulls, so they take no NULLS clause: one would differ from the
 * primary key's and the sort indexes' own order (PostgreSQL's default, nulls last ascending)
 * and make PostgreSQL sort rows those indexes already give in order.
 */
export function orderBy(table: TableDefinition, sort: readonly SortKey[] | undefined): string {
  const keys = orderKeys(table, sort);
  return ` ORDER BY ${keys
    .map((s) => {
      const name = q(column(table, s.column).name);
      if (table.key.includes(s.column)) return `${name} ${s.descending ? 'DESC' : 'ASC'}`;
      return `${name} ${s.descending ? 'DESC NULLS LAST' : 'ASC NULLS FIRST'}`;
    })
    .join(', ')}`;
}

export function selectedColumns(table: TableDefinition, query: RecordQuery): string[] {
  return (query.columns ?? table.columns.map((c) => c.name)).map(
    (name) => column(table, name).name,
  );
}

/** A query's rows, all of them, in its order. */
export function selectStatement(
  dialect: Dialect,
  table: TableDefinition,
  query: RecordQuery,
): Statement {
  return segmentStatement(dialect, table, query, null);
}

function segmentStatement(
  dialect: Dialect,
  table: TableDefinition,
  query: RecordQuery,
  segment: KeysetSegment | null,
): Statement {
  const params: DbParam[] = [];
  const cols = selectedColumns(table, query).map(q).join(', ');
  const where = whereClause(dialect, table, query.filter, params, (p) => segment?.(p) ?? null);
  return {
    sql: `SELECT ${cols} FROM ${q(table.name)}${where}${orderBy(table, query.sort)}`,
    params,
  };
}

/**
 * How to read the rows from `offset` on: the statements to read one after the other (without
 * LIMIT and OFFSET), and how many of their rows to skip first. With an anchor (a row before
 * `offset` the reader has) they start after that row, so the database skips only the rows
 * between the two.
 */
export function pageStatements(
  dialect: Dialect,
  table: TableDefinition,
  query: RecordQuery,
  offset: number,
  after?: PageAnchor,
): { statements: Statement[]; skip: number } {
  const segments =
    after && after.row < offset ? keysetSegments(dialect, table, query.sort, after.values) : null;
  if (!segments || !after)
    return { statements: [segmentStatement(dialect, table, query, null)], skip: offset };
  return {
    statements: segments.map((s) => segmentStatement(dialect, table, query, s)),
    skip: offset - after.row - 1,
  };
}

/** The same order the other way round: from the last row of a query to its first. */
export function reversed(table: TableDefinition, sort: readonly SortKey[] | undefined): SortKey[] {
  const [first] = orderKeys(table, sort);
  return sort?.length
    ? sort.map((k) => ({ column: k.column, descending: !k.descending }))
    : [{ column: (first as SortKey).column, descending: !(first as SortKey).descending }];
}

export function countStatement(
  dialect: Dialect,
  table: TableDefinition,
  filter?: RecordFilter,
): Statement {
  const params: DbParam[] = [];
  return {
    sql: `SELECT COUNT(*) AS n FROM ${q(table.name)}${whereClause(dialect, table, filter, params)}`,
    params,
  };
}

/** INSERT … ON CONFLICT (key) DO UPDATE: the same text in SQLite and PostgreSQL. */
export function upsertSql(
  dialect: Dialect,
  table: string,
  columns: readonly string[],
  key: readonly string[],
): string {
  const updates = columns.filter((c) => !key.includes(c));
  const conflict = updates.length
    ? `DO UPDATE SET ${updates.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')}`
    : 'DO NOTHING';
  return `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES (${columns
    .map((_, i) => dialect.param(i + 1))
    .join(', ')}) ON CONFLICT (${key.map(q).join(', ')}) ${conflict}`;
}

export function insertSql(dialect: Dialect, table: string, columns: readonly string[]): string {
  return `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES (${columns
    .map((_, i) => dialect.param(i + 1))
    .join(', ')})`;
}

/** The row of one key, along the key's index (SQLite, run once per key). */
export function findSql(table: string, key: readonly string[], columns: readonly string[]): string {
  return `SELECT ${columns.map(q).join(', ')} FROM ${q(table)} WHERE ${key.map((k) => `${q(k)} = ?`).join(' AND ')}`;
}

export function deleteSql(dialect: Dialect, table: string, key: readonly string[]): string {
  return `DELETE FROM ${q(table)} WHERE ${key.map((k, i) => `${q(k)} = ${dialect.param(i + 1)}`).join(' AND ')}`;
}

/** The key to match an upsert on: the primary key unless a declared unique key is asked for. */
export function upsertKey(table: TableDefinition, requested?: readonly string[]): string[] {
  if (!requested) return table.key;
  const same = (k: readonly string[]) =>
    k.length === requested.length && k.every((c) => requested.includes(c));
  const found = [table.key, ...table.uniqueKeys].find(same);
  if (!found)
    throw new RecordStoreError(
      'BAD_DEFINITION',
      msg('messages:store.noUniqueKey', { table: table.name, columns: requested.join(', ') }),
    );
  return found;
}

/**
 * The index that lets a page sorted by `column` be read in order instead of sorting the whole
 * table: (column, key), nulls first as the ORDER BY puts them.
 */
export function sortIndexSql(dialect: Dialect, table: TableDefinition, column: string): string {
  const nulls = dialect.engine === 'postgresql' ? ' NULLS FIRST' : '';
  const columns = [`${q(column)}${nulls}`, ...table.key.map(q)].join(', ');
  return `CREATE INDEX IF NOT EXISTS ${q(`${table.name}_sort_${column}`.slice(0, 63))} ON ${q(table.name)} (${columns})`;
}
