import { formatDate } from '../datetime';
import type { Org } from '../data/org';
import type { ObjectStore } from '../data/object-store';
import type { RecordReader } from '../../framework/record-reader';
import { normalizeId } from '../ids';
import { isFilterable, isNumberType, type FieldSpec, type FieldValue } from '../schema/field-spec';
import type { ComparisonOperator, Condition, Literal } from './ast';
import { invalidField, malformed } from './errors';
import { relativeDateRange } from './relative-dates';
import { resolveField, type ResolvedField } from './resolve';

export type Predicate = (reader: RecordReader) => boolean;
type Comparable = string | number | boolean;

interface CompileContext {
  soql: string;
  org: Org;
  store: ObjectStore;
  now: number;
}

/** Compiles a WHERE condition into a predicate over a record reader. */
export function compileCondition(condition: Condition, ctx: CompileContext): Predicate {
  switch (condition.kind) {
    case 'and': {
      const items = condition.items.map((item) => compileCondition(item, ctx));
      return (reader) => items.every((item) => item(reader));
    }
    case 'or': {
      const items = condition.items.map((item) => compileCondition(item, ctx));
      return (reader) => items.some((item) => item(reader));
    }
    case 'not': {
      const item = compileCondition(condition.item, ctx);
      return (reader) => !item(reader);
    }
    default:
      return compileComparison(condition, ctx);
  }
}

type Kind = 'id' | 'text' | 'multi' | 'number' | 'boolean' | 'date' | 'datetime';

function kindOf(field: FieldSpec): Kind {
  if (field.type === 'id' || field.type === 'reference') return 'id';
  if (field.type === 'multipicklist') return 'multi';
  if (isNumberType(field.type)) return 'number';
  if (field.type === 'boolean') return 'boolean';
  if (field.type === 'date') return 'date';
  if (field.type === 'datetime') return 'datetime';
  return 'text';
}

/** The type name Salesforce's messages use. */
function soapName(field: FieldSpec): string {
  const kind = kindOf(field);
  if (kind === 'number')
    return field.type === 'int' || field.type === 'long' ? field.type : 'double';
  if (kind === 'datetime') return 'dateTime';
  if (kind === 'text' || kind === 'multi') return 'string';
  return kind;
}

function compileComparison(
  condition: Exclude<Condition, { kind: 'and' | 'or' | 'not' }>,
  ctx: CompileContext,
): Predicate {
  const resolved = resolveField(ctx.soql, ctx.org, ctx.store, condition.field);
  const { field } = resolved;
  if (!isFilterable(field))
    throw invalidField(
      ctx.soql,
      condition.field.offset,
      `field '${field.name}' can not be filtered in query call`,
    );
  const kind = kindOf(field);
  const norm = normalizer(kind);
  const read = resolved.read;
  switch (condition.kind) {
    case 'compare':
      return compare(resolved, kind, condition.op, condition.value, ctx);
    case 'like': {
      if (kind !== 'text' || condition.pattern.kind !== 'string')
        throw typeError(ctx, resolved, condition.pattern);
      const regex = likePattern(condition.pattern.value);
      return (reader) => {
        const value = read(reader);
        return typeof value === 'string' && regex.test(value);
      };
    }
    case 'in': {
      const values = condition.values.map((literal) => literalValue(ctx, resolved, kind, literal));
      const set = new Set(values.filter((value): value is Comparable => value !== null));
      const withNull = values.includes(null);
      const test: Predicate = (reader) => {
        const value = read(reader);
        return value === null ? withNull : set.has(norm(value));
      };
      return condition.negated ? (reader) => !test(reader) : test;
    }
    case 'includes': {
      if (kind !== 'multi') throw typeError(ctx, resolved, condition.values[0] as Literal);
      const wanted = condition.values.map((literal) => {
        if (literal.kind !== 'string') throw typeError(ctx, resolved, literal);
        return literal.value.split(';').map((part) => part.trim().toLowerCase());
      });
      const test: Predicate = (reader) => {
        const value = read(reader);
        if (typeof value !== 'string') return false;
        const chosen = new Set(value.split(';').map((part) => part.toLowerCase()));
        return wanted.some((all) => all.every((part) => chosen.has(part)));
      };
      return condition.negated ? (reader) => !test(reader) : test;
    }
  }
}

function compare(
  resolved: ResolvedField,
  kind: Kind,
  op: ComparisonOperator,
  literal: Literal,
  ctx: CompileContext,
): Predicate {
  const read = resolved.read;
  const norm = normalizer(kind);
  if (literal.kind === 'relativeDate') {
    if (kind !== 'date' && kind !== 'datetime') throw typeError(ctx, resolved, literal);
    const [start, end] = relativeDateRange(literal.name, literal.n, ctx.now);
    const bounds: [Comparable, Comparable] =
      kind === 'date' ? [formatDate(start), formatDate(end)] : [start, end];
    return (reader) => {
      const value = read(reader);
      if (value === null) return op === '!=';
      const v = norm(value);
      const inside = v >= bounds[0] && v < bounds[1];
      switch (op) {
        case '=':
          return inside;
        case '!=':
          return !inside;
        case '<':
          return v < bounds[0];
        case '<=':
          return v < bounds[1];
        case '>':
          return v >= bounds[1];
        case '>=':
          return v >= bounds[0];
      }
    };
  }
  const target = literalValue(ctx, resolved, kind, literal);
  if (target === null) {
    if (op === '=') return (reader) => read(reader) === null;
    if (op === '!=') return (reader) => read(reader) !== null;
    return () => false;
  }
  return (reader) => {
    const value = read(reader);
    if (value === null) return op === '!=';
    const v = norm(value);
    switch (op) {
      case '=':
        return v === target;
      case '!=':
        return v !== target;
      case '<':
        return v < target;
      case '<=':
        return v <= target;
      case '>':
        return v > target;
      case '>=':
        return v >= target;
    }
  };
}

/** Brings a stored value to the form literals are compared in. */
function normalizer(kind: Kind): (value: Exclude<FieldValue, null>) => Comparable {
  switch (kind) {
    case 'id':
      return (value) => String(value).slice(0, 15);
    case 'text':
      return (value) => String(value).toLowerCase();
    case 'multi':
      return (value) => canonicalMulti(String(value));
    default:
      return (value) => value;
  }
}

function canonicalMulti(value: string): string {
  return value
    .split(';')
    .map((part) => part.trim().toLowerCase())
    .sort()
    .join(';');
}

/** A literal checked against the field's type, in comparable form (null for NULL). */
function literalValue(
  ctx: CompileContext,
  resolved: ResolvedField,
  kind: Kind,
  literal: Literal,
): Comparable | null {
  if (literal.kind === 'null') return null;
  switch (kind) {
    case 'id': {
      if (literal.kind !== 'string') throw typeError(ctx, resolved, literal);
      const id = normalizeId(literal.value);
      if (!id) throw malformed(ctx.soql, literal.offset, `invalid ID field: ${literal.value}`);
      return id.slice(0, 15);
    }
    case 'text':
      if (literal.kind !== 'string') throw typeError(ctx, resolved, literal);
      return literal.value.toLowerCase();
    case 'multi':
      if (literal.kind !== 'string') throw typeError(ctx, resolved, literal);
      return canonicalMulti(literal.value);
    case 'number':
      if (literal.kind !== 'number') throw typeError(ctx, resolved, literal);
      return literal.value;
    case 'boolean':
      if (literal.kind !== 'boolean') throw typeError(ctx, resolved, literal);
      return literal.value;
    case 'date':
      if (literal.kind !== 'date') throw typeError(ctx, resolved, literal);
      return literal.value;
    case 'datetime':
      if (literal.kind !== 'datetime') throw typeError(ctx, resolved, literal);
      return literal.value;
  }
}

function typeError(ctx: CompileContext, resolved: ResolvedField, literal: Literal) {
  const kind = kindOf(resolved.field);
  const quoted = kind === 'id' || kind === 'text' || kind === 'multi';
  return invalidField(
    ctx.soql,
    literal.offset,
    `value of filter criterion for field '${resolved.field.name}' must be of type ${soapName(resolved.field)} and should ${quoted ? '' : 'not '}be enclosed in quotes`,
  );
}

/** SOQL LIKE: % any run, _ one character, \% and \_ literal; case-insensitive. */
function likePattern(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (char === '\\' && (pattern[i + 1] === '%' || pattern[i + 1] === '_')) {
      source += pattern[++i];
    } else if (char === '%') source += '[\\s\\S]*';
    else if (char === '_') source += '[\\s\\S]';
    else source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'i');
}
