import type { RecordRow, SortKey, TableDefinition } from '../../../../shared/domain/records';
import { RecordStoreError } from '../record-store';
import { columnEncoder, type DbParam } from '../row-codec';
import { quoteIdentifier as q, type Dialect } from './dialect';
import { column, orderKeys } from './statements';

/**
 * The condition that keeps the rows after `anchor` in a query's order, or null when the order
 * is one it cannot express (several sort columns) or the anchor lacks one of its values. The
 * order is the sort column then the key, all one way; only the sort column may hold nulls,
 * first when ascending and last when descending, as the ORDER BY puts them.
 */
export function keysetCondition(
  dialect: Dialect,
  table: TableDefinition,
  sort: readonly SortKey[] | undefined,
  anchor: RecordRow,
  params: DbParam[],
): string | null {
  if ((sort?.length ?? 0) > 1) return null;
  const keys = orderKeys(table, sort);
  if (keys.some((k) => anchor[k.column] === undefined)) return null;
  const descending = keys[0]?.descending ?? false;
  const values = keys.map(({ column: name }) => {
    const definition = column(table, name);
    try {
      return columnEncoder(definition, dialect.engine)(anchor[name] ?? null);
    } catch {
      throw new RecordStoreError(
        'BAD_VALUE',
        `The page's anchor row holds a value for '${name}' that is not a valid ${definition.type}.`,
      );
    }
  });
  const tuple = (from: number) => {
    const placeholders = values.slice(from).map((v) => {
      params.push(v);
      return dialect.param(params.length);
    });
    const columns = keys.slice(from).map((k) => q(k.column));
    return `(${columns.join(', ')}) ${descending ? '<' : '>'} (${placeholders.join(', ')})`;
  };
  const first = keys[0] as SortKey;
  if (table.key.includes(first.column)) return tuple(0);
  const nullable = q(first.column);
  if (values[0] === null)
    return descending
      ? `(${nullable} IS NULL AND ${tuple(1)})`
      : `((${nullable} IS NULL AND ${tuple(1)}) OR ${nullable} IS NOT NULL)`;
  return descending ? `(${tuple(0)} OR ${nullable} IS NULL)` : tuple(0);
}
