import type { FieldValue } from '../../data/generation';
import { parseDateOnly, parseLocalDateTime } from '../local-time';
import type { OracleFieldSpec } from '../schema/field-spec';
import { oracleErrors } from '../soap/oracle-error';
import type { CompareOp, Condition } from './expression';

/** A record being tested: its current value of a field. */
export interface Readable {
  read(field: string): FieldValue;
}

/** The fields queries may name: an object store, or the deleted items' list. */
export interface FieldCatalog {
  readonly name: string;
  field(name: string): OracleFieldSpec | undefined;
}

export type RecordTest = (record: Readable) => boolean;

/** A query literal as the field's type keeps it: text, epoch ms, number or boolean. */
export function literalFor(field: OracleFieldSpec, text: string, timeZone: string): FieldValue {
  switch (field.type) {
    case 'dateTime': {
      const ms = parseLocalDateTime(text, timeZone);
      if (ms === null) throw oracleErrors.badDate(text, field.name);
      return ms;
    }
    case 'date': {
      const ms = parseDateOnly(text);
      if (ms === null) throw oracleErrors.badDate(text, field.name);
      return ms;
    }
    case 'number': {
      const value = Number(text);
      if (text.trim() === '' || !Number.isFinite(value))
        throw oracleErrors.badNumber(text, field.name);
      return value;
    }
    case 'boolean': {
      const upper = text.toUpperCase();
      if (upper === 'Y' || upper === 'TRUE') return true;
      if (upper === 'N' || upper === 'FALSE') return false;
      throw oracleErrors.badBoolean(text, field.name);
    }
    default:
      return text;
  }
}

function wildcardPattern(value: string, ignoreCase: boolean): RegExp {
  const body = value
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, ignoreCase ? 'is' : 's');
}

function compareValues(a: FieldValue, b: FieldValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function holds(op: CompareOp, order: number): boolean {
  switch (op) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    default:
      return false;
  }
}

function compareTest(
  field: OracleFieldSpec,
  op: CompareOp,
  ignoreCase: boolean,
  text: string,
  timeZone: string,
): (value: FieldValue) => boolean {
  const textual = ['text', 'id', 'picklist', 'multiPicklist'].includes(field.type);
  if (op === 'LIKE') {
    if (!textual) throw oracleErrors.badQuery(`LIKE cannot apply to field '${field.name}'`);
    const pattern = wildcardPattern(text, ignoreCase);
    return (value) => typeof value === 'string' && pattern.test(value);
  }
  if (textual) {
    const fold = (s: string) => (ignoreCase ? s.toLowerCase() : s);
    const literal = fold(text);
    return (value) => typeof value === 'string' && holds(op, compareValues(fold(value), literal));
  }
  const literal = literalFor(field, text, timeZone);
  if (field.type === 'boolean' && op !== '=' && op !== '<>')
    throw oracleErrors.badQuery(`${op} cannot apply to the check box '${field.name}'`);
  return (value) => value !== null && holds(op, compareValues(value, literal));
}

/** Multi-select picklists hold `;`-separated values: a comparison holds if one value passes. */
function valuesOf(field: OracleFieldSpec, value: FieldValue): FieldValue[] {
  if (field.type !== 'multiPicklist' || typeof value !== 'string') return [value];
  return value.split(';');
}

/** Turns a parsed condition into a test of one record; refuses unknown fields and bad values. */
export function compileCondition(
  condition: Condition,
  store: FieldCatalog,
  timeZone: string,
): RecordTest {
  switch (condition.kind) {
    case 'and': {
      const left = compileCondition(condition.left, store, timeZone);
      const right = compileCondition(condition.right, store, timeZone);
      return (reader) => left(reader) && right(reader);
    }
    case 'or': {
      const left = compileCondition(condition.left, store, timeZone);
      const right = compileCondition(condition.right, store, timeZone);
      return (reader) => left(reader) || right(reader);
    }
    case 'not': {
      const inner = compileCondition(condition.inner, store, timeZone);
      return (reader) => !inner(reader);
    }
    case 'null': {
      const field = requireField(store, condition.field);
      const isNull = (value: FieldValue) => value === null || value === '';
      return (reader) => isNull(reader.read(field.name)) !== condition.negated;
    }
    case 'compare': {
      const field = requireField(store, condition.field);
      const test = compareTest(
        field,
        condition.op,
        condition.ignoreCase,
        condition.value,
        timeZone,
      );
      return (reader) => valuesOf(field, reader.read(field.name)).some(test);
    }
  }
}

export function requireField(store: FieldCatalog, name: string): OracleFieldSpec {
  const field = store.field(name);
  if (!field) throw oracleErrors.unknownField(name, store.name);
  return field;
}

/** Orders two records' values of one field; empty values come first, as in an ascending list. */
export function orderOf(a: FieldValue, b: FieldValue): number {
  const emptyA = a === null || a === '';
  const emptyB = b === null || b === '';
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? -1 : 1;
  return compareValues(a, b);
}
