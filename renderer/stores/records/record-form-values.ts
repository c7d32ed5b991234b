import type {
  ColumnDefinition,
  RecordRow,
  RecordValue,
  TableDefinition,
} from '../../../shared/domain/records';
import { generatedKeyOf } from '../../../shared/domain/generated-key';
import { isWriteStamp } from '../../../shared/domain/write-stamps';

/** What a field of the record form holds while it is edited: text, or a checkbox's state. */
export type FieldText = string | boolean;
export type FormDraft = Record<string, FieldText>;

const wholeNumbers = new Set(['byte', 'short', 'long', 'int64']);

/** How a column is edited in the record form. */
export type FieldKind =
  'text' | 'memo' | 'number' | 'checkbox' | 'enumeration' | 'date' | 'datetime' | 'time';

export function fieldKind(column: ColumnDefinition): FieldKind {
  if (column.enumeration) return 'enumeration';
  switch (column.type) {
    case 'boolean':
      return 'checkbox';
    case 'memo':
      return 'memo';
    case 'date':
      return 'date';
    case 'datetime':
    case 'datetimenotz':
      return 'datetime';
    case 'time':
      return 'time';
    case 'string':
    case 'uuid':
      return 'text';
    default:
      return 'number';
  }
}

/** Columns the form shows but does not let change: the stamps, and the key of a stored record. */
export function isReadOnly(table: TableDefinition, column: string, editing: boolean): boolean {
  return isWriteStamp(table, column) || (editing && table.key.includes(column));
}

/** Columns a new record needs: the key, unless the console numbers it. */
export function isRequired(table: TableDefinition, column: string): boolean {
  return table.key.includes(column) && generatedKeyOf(table) !== column;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A stored datetime (UTC) as a `datetime-local` input wants it, in the reader's time zone. */
function localDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** A stored value as its field shows it. */
export function fieldText(column: ColumnDefinition, value: RecordValue | undefined): FieldText {
  if (column.type === 'boolean') return value === true;
  if (value === null || value === undefined) return '';
  if (column.type === 'datetime' && typeof value === 'string') return localDateTime(value);
  return String(value);
}

/**
 * What a field's text is sent as: null when empty, a number where the column holds numbers and
 * the text reads as one. Anything else goes as typed, for the record store to name the problem.
 */
export function fieldValue(column: ColumnDefinition, text: FieldText): RecordValue {
  if (typeof text === 'boolean') return text;
  const trimmed = column.type === 'string' || column.type === 'memo' ? text : text.trim();
  if (trimmed === '') return null;
  if (column.type === 'datetime') {
    const time = new Date(trimmed).getTime();
    return Number.isNaN(time) ? trimmed : new Date(time).toISOString();
  }
  if (column.type === 'time' && /^\d{2}:\d{2}$/.test(trimmed)) return `${trimmed}:00`;
  if (column.type === 'datetimenotz' && /T\d{2}:\d{2}$/.test(trimmed)) return `${trimmed}:00`;
  if (wholeNumbers.has(column.type) || column.type === 'double') {
    const number = Number(trimmed);
    return Number.isFinite(number) ? number : trimmed;
  }
  return trimmed;
}

/** The form's first state: a stored record's values, or an empty new record. */
export function initialDraft(table: TableDefinition, original: RecordRow | null): FormDraft {
  return Object.fromEntries(
    table.columns.map((c) => [c.name, fieldText(c, original ? original[c.name] : null)]),
  );
}

/**
 * The values to send: for a new record every field filled in; for an edit only the fields that
 * changed, so a column someone else changed meanwhile is what the conflict check looks at.
 */
export function changedValues(
  table: TableDefinition,
  draft: FormDraft,
  original: RecordRow | null,
): RecordRow {
  const start = initialDraft(table, original);
  const values: RecordRow = {};
  for (const column of table.columns) {
    const text = draft[column.name] ?? '';
    if (isReadOnly(table, column.name, original !== null)) continue;
    if (original ? text === start[column.name] : text === '' || text === false) continue;
    values[column.name] = fieldValue(column, text);
  }
  return values;
}
