import { msg } from '../../../../shared/i18n/message';
import type { RecordRow, SortKey, TableDefinition } from '../../../../shared/domain/records';
import { RecordStoreError } from '../record-store';
import { columnEncoder, type DbParam } from '../row-codec';
import { quoteIdentifier as q, type Dialect } from './dialect';
import { column, orderKeys } from './statements';

/** Adds a segment's condition to a WHERE clause, pushing its parameters after the filter's. */
export type KeysetSegment = (params: DbParam[]) => string;

/**
 * The rows after `anchor` in a query's order, as one or two segments read one after the
 * other; or null when the order is one it cannot express (several sort columns) or the anchor
 * lacks one of its values. The order is the sort column then the key, all one way; only the
 * sort column may hold nulls, first when ascending and last when descending, as the ORDER BY
 * puts them. Each segment is a single range of the sort index, (column, key): a condition
 * joining the rows with values and the nulls by OR would make either engine scan the index
 * from its start (or sort the table) instead of seeking to the anchor.
 */
export function keysetSegments(
  dialect: Dialect,
  table: TableDefinition,
  sort: readonly SortKey[] | undefined,
  anchor: RecordRow,
): KeysetSegment[] | null {
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
        msg('messages:store.anchorValue', { column: name, type: definition.type }),
      );
    }
  });
  const tuple =
    (from: number): KeysetSegment =>
    (params) => {
      const placeholders = values.slice(from).map((v) => {
        params.push(v);
        return dialect.param(params.length);
      });
      const columns = keys.slice(from).map((k) => q(k.column));
      return `(${columns.join(', ')}) ${descending ? '<' : '>'} (${placeholders.join(', ')})`;
    };
  const first = keys[0] as SortKey;
  if (table.key.includes(first.column)) return [tuple(0)];
  const nullable = q(first.column);
  const amongNulls: KeysetSegment = (params) => `(${nullable} IS NULL AND ${tuple(1)(params)})`;
  if (values[0] === null)
    return descending ? [amongNulls] : [amongNulls, () => `${nullable} IS NOT NULL`];
  return descending ? [tuple(0), () => `${nullable} IS NULL`] : [tuple(0)];
}
