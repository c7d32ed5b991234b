import type { EnumerationValue } from '../../../shared/domain/enumerations';
import type {
  ColumnDefinition,
  FilterCondition,
  FilterOperator,
  RecordValue,
} from '../../../shared/domain/records';
import { consoleI18n } from '../../i18n/console-i18n';

/** The input the filter bar offers for a value. */
export type ValueInput =
  'text' | 'number' | 'list' | 'date' | 'datetime' | 'time' | 'boolean' | 'enumeration';

const numericTypes = new Set(['byte', 'short', 'long', 'int64', 'double']);
const textTypes = new Set(['string', 'memo']);
const timeTypes = new Set(['date', 'datetime', 'datetimenotz', 'time']);
const emptiness: FilterOperator[] = ['isEmpty', 'isNotEmpty'];
const equality: FilterOperator[] = ['eq', 'ne'];
const order: FilterOperator[] = ['lt', 'le', 'gt', 'ge'];

/** An operator in words, in the window's language: "equal to", "contains". */
export function operatorLabel(operator: FilterOperator): string {
  switch (operator) {
    case 'eq':
      return consoleI18n.t('records:operators.eq');
    case 'ne':
      return consoleI18n.t('records:operators.ne');
    case 'lt':
      return consoleI18n.t('records:operators.lt');
    case 'le':
      return consoleI18n.t('records:operators.le');
    case 'gt':
      return consoleI18n.t('records:operators.gt');
    case 'ge':
      return consoleI18n.t('records:operators.ge');
    case 'contains':
      return consoleI18n.t('records:operators.contains');
    case 'startsWith':
      return consoleI18n.t('records:operators.startsWith');
    case 'isEmpty':
      return consoleI18n.t('records:operators.isEmpty');
    case 'isNotEmpty':
      return consoleI18n.t('records:operators.isNotEmpty');
    case 'in':
      return consoleI18n.t('records:operators.in');
  }
}

/** Only the operators that mean something for the column's type. */
export function operatorsFor(column: ColumnDefinition): FilterOperator[] {
  if (column.enumeration || column.type === 'boolean') return [...equality, ...emptiness];
  if (textTypes.has(column.type))
    return [...equality, 'contains', 'startsWith', 'in', ...emptiness];
  if (numericTypes.has(column.type)) return [...equality, ...order, 'in', ...emptiness];
  if (timeTypes.has(column.type)) return [...equality, ...order, ...emptiness];
  return [...equality, 'in', ...emptiness];
}

/** The input for the value of `operator` on `column`; null when the operator takes none. */
export function valueInputFor(
  column: ColumnDefinition,
  operator: FilterOperator,
): ValueInput | null {
  if (emptiness.includes(operator)) return null;
  if (operator === 'in') return 'list';
  if (column.enumeration) return 'enumeration';
  if (column.type === 'boolean') return 'boolean';
  if (numericTypes.has(column.type)) return 'number';
  if (column.type === 'date') return 'date';
  if (column.type === 'datetime' || column.type === 'datetimenotz') return 'datetime';
  if (column.type === 'time') return 'time';
  return 'text';
}

const numberPattern = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export type ParsedValue =
  { ok: true; value: RecordValue | RecordValue[] } | { ok: false; message: string };

/**
 * The typed text as the value the service takes. Only what the input itself cannot tell is
 * checked here (a number that is not one); ranges and real days are the service's to refuse.
 */
function parseOne(column: ColumnDefinition, text: string): ParsedValue {
  const raw = text.trim();
  if (raw === '') return { ok: false, message: consoleI18n.t('records:filter.typeValue') };
  if (numericTypes.has(column.type)) {
    if (!numberPattern.test(raw))
      return { ok: false, message: consoleI18n.t('records:filter.notNumber', { value: raw }) };
    return { ok: true, value: Number(raw) };
  }
  const withSeconds = (t: string) => (/(^|T)\d{2}:\d{2}$/.test(t) ? `${t}:00` : t);
  switch (column.type) {
    case 'boolean':
      return { ok: true, value: raw === 'true' };
    case 'datetime': {
      // The input gives local wall time; the column holds instants.
      const time = Date.parse(withSeconds(raw));
      return { ok: true, value: Number.isNaN(time) ? raw : new Date(time).toISOString() };
    }
    case 'datetimenotz':
    case 'time':
      return { ok: true, value: withSeconds(raw) };
    default:
      return { ok: true, value: text };
  }
}

export function parseFilterValue(
  column: ColumnDefinition,
  operator: FilterOperator,
  text: string,
): ParsedValue {
  const input = valueInputFor(column, operator);
  if (input === null) return { ok: true, value: null };
  if (input !== 'list') return parseOne(column, text);
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return { ok: false, message: consoleI18n.t('records:filter.typeValues') };
  const values: RecordValue[] = [];
  for (const part of parts) {
    const one = parseOne(column, part);
    if (!one.ok) return one;
    values.push(one.value as RecordValue);
  }
  return { ok: true, value: values };
}

/** The condition the service takes, or why the typed value cannot make one. */
export function buildCondition(
  column: ColumnDefinition,
  operator: FilterOperator,
  text: string,
): { ok: true; condition: FilterCondition } | { ok: false; message: string } {
  const parsed = parseFilterValue(column, operator, text);
  if (!parsed.ok) return parsed;
  const takesValue = valueInputFor(column, operator) !== null;
  return {
    ok: true,
    condition: { column: column.name, operator, ...(takesValue ? { value: parsed.value } : {}) },
  };
}

/** A condition in words, for its tag: "Gender equal to Female", "Email contains 'smith'". */
export function describeCondition(
  columns: readonly ColumnDefinition[],
  condition: FilterCondition,
  enumerations: Readonly<Record<string, readonly EnumerationValue[]>>,
): string {
  const column = columns.find((c) => c.name === condition.column);
  const head = `${column?.label ?? condition.column} ${operatorLabel(condition.operator)}`;
  if (condition.value === undefined) return head;
  const values = column?.enumeration ? enumerations[column.enumeration] : undefined;
  const word = (v: RecordValue): string => {
    const label = values?.find((e) => e.value === String(v))?.label;
    if (label) return label;
    if (typeof v === 'boolean')
      return v ? consoleI18n.t('records:values.yes') : consoleI18n.t('records:values.no');
    return typeof v === 'string' ? `'${v}'` : String(v);
  };
  const value = condition.value;
  return `${head} ${Array.isArray(value) ? `(${value.map(word).join(', ')})` : word(value)}`;
}
