import type { ColumnType, TableDefinition } from './records';

const wholeNumbers = new Set<ColumnType>(['byte', 'short', 'long', 'int64']);

/** The single whole-number primary key a new record left empty gets max + 1 for; null when none. */
export function generatedKeyOf(table: TableDefinition): string | null {
  const [only, ...more] = table.key;
  const column = table.columns.find((c) => c.name === only);
  return more.length === 0 && column && wholeNumbers.has(column.type) ? column.name : null;
}
