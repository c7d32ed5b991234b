import type { ColumnDefinition, RecordValue } from '../../../../shared/domain/records';

const wholeOrDecimal = new Set(['byte', 'short', 'long', 'int64', 'double']);
const yes = new Set(['true', '1', 'yes', 'y']);
const no = new Set(['false', '0', 'no', 'n']);

/**
 * A file's text as the value a column takes: empty is null, numbers and booleans read as such.
 * Text that reads as neither goes as it is, for the record store's check to name the problem.
 */
export function textValue(column: ColumnDefinition, text: string): RecordValue {
  const trimmed = column.type === 'string' || column.type === 'memo' ? text : text.trim();
  if (trimmed === '') return null;
  if (column.type === 'boolean') {
    const word = trimmed.toLowerCase();
    return yes.has(word) ? true : no.has(word) ? false : trimmed;
  }
  if (wholeOrDecimal.has(column.type)) {
    const number = Number(trimmed);
    return Number.isFinite(number) ? number : trimmed;
  }
  return trimmed;
}
