import { defaultParser } from '@odata/parser';
import { parseDate, parseDateTime } from '../../salesforce/datetime';
import type { AttributeType, AttributeValue } from '../schema/attribute-spec';
import type { Column } from './columns';
import { badOption, syntaxError } from './odata-errors';

export type Comparison = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

/** `$filter` after parsing and checking against the entity's columns. */
export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: Comparison; column: Column; value: AttributeValue }
  | { kind: 'text'; fn: 'contains' | 'startswith' | 'endswith'; column: Column; value: string };

interface Token {
  type: string;
  value: unknown;
  raw: string;
  position: number;
}

const comparisons: Record<string, Comparison> = {
  EqualsExpression: 'eq',
  NotEqualsExpression: 'ne',
  GreaterThanExpression: 'gt',
  GreaterOrEqualsExpression: 'ge',
  LesserThanExpression: 'lt',
  LesserOrEqualsExpression: 'le',
};
/** `a gt 1` read right to left: `1 lt a`. */
const mirrored: Record<Comparison, Comparison> = {
  eq: 'eq',
  ne: 'ne',
  gt: 'lt',
  ge: 'le',
  lt: 'gt',
  le: 'ge',
};

/** The column a property names; throws the Web API's "Could not find a property" error. */
export type ColumnResolver = (property: string) => Column;

const incompatible = (left: string, right: string, op: Comparison) =>
  badOption(
    `A binary operator with incompatible types was detected. Found operand types '${left}' and '${right}' for operator kind '${op}'.`,
  );

/** The EDM type a column's values have in `$filter`. */
export function edmTypeOf(type: AttributeType): string {
  switch (type) {
    case 'String':
    case 'Memo':
    case 'MultiSelectPicklist':
      return 'Edm.String';
    case 'Integer':
    case 'Picklist':
    case 'State':
    case 'Status':
      return 'Edm.Int32';
    case 'BigInt':
      return 'Edm.Int64';
    case 'Decimal':
    case 'Money':
      return 'Edm.Decimal';
    case 'Double':
      return 'Edm.Double';
    case 'Boolean':
      return 'Edm.Boolean';
    case 'DateTime':
      return 'Edm.DateTimeOffset';
    default:
      return 'Edm.Guid';
  }
}

const integerLiterals = new Set(['Edm.SByte', 'Edm.Byte', 'Edm.Int16', 'Edm.Int32', 'Edm.Int64']);
const numberLiterals = new Set([...integerLiterals, 'Edm.Decimal', 'Edm.Double', 'Edm.Single']);

/**
 * Parses `$filter` with @odata/parser (OData ABNF) and checks it against the columns `resolve`
 * knows (an entity's, or a metadata type's properties): literals must fit the column's type.
 * Throws the Web API's errors.
 */
export function parseFilter(resolve: ColumnResolver, text: string): FilterNode {
  let root: Token;
  try {
    root = defaultParser.filter(text) as unknown as Token;
  } catch (error) {
    const m = /at (\d+)/.exec(error instanceof Error ? error.message : '');
    throw syntaxError(m ? Number(m[1]) : 0, text);
  }
  return convert(resolve, root);
}

function convert(resolve: ColumnResolver, token: Token): FilterNode {
  switch (token.type) {
    case 'AndExpression':
    case 'OrExpression': {
      const { left, right } = token.value as { left: Token; right: Token };
      return {
        kind: token.type === 'AndExpression' ? 'and' : 'or',
        left: convert(resolve, left),
        right: convert(resolve, right),
      };
    }
    case 'NotExpression':
      return { kind: 'not', operand: convert(resolve, token.value as Token) };
    case 'BoolParenExpression':
    case 'ParenExpression':
      return convert(resolve, token.value as Token);
    case 'MethodCallExpression':
      return textFunction(resolve, token);
    default: {
      const op = comparisons[token.type];
      if (!op) throw badOption(`The expression '${token.raw}' is not supported in $filter.`);
      const { left, right } = token.value as { left: Token; right: Token };
      if (isMember(left) && !isMember(right)) return comparison(resolve, op, left, right);
      if (isMember(right) && !isMember(left)) return comparison(resolve, mirrored[op], right, left);
      throw badOption(`The expression '${token.raw}' must compare a column with a literal value.`);
    }
  }
}

function isMember(token: Token): boolean {
  return token.type === 'FirstMemberExpression' || token.type === 'MemberExpression';
}

function memberColumn(resolve: ColumnResolver, token: Token): Column {
  if (token.raw.includes('/'))
    throw badOption(
      `Navigation paths such as '${token.raw}' are not supported by this emulator's $filter.`,
    );
  return resolve(token.raw);
}

function comparison(
  resolve: ColumnResolver,
  op: Comparison,
  member: Token,
  literal: Token,
): FilterNode {
  const column = memberColumn(resolve, member);
  if (literal.type !== 'Literal')
    throw badOption(`The expression '${literal.raw}' is not a literal value.`);
  const literalType = String(literal.value);
  if (literalType === 'null') {
    if (op !== 'eq' && op !== 'ne')
      throw incompatible(edmTypeOf(column.attribute.type), 'null', op);
    return { kind: 'compare', op, column, value: null };
  }
  return { kind: 'compare', op, column, value: literalValue(column, literalType, literal.raw, op) };
}

function literalValue(
  column: Column,
  literalType: string,
  raw: string,
  op: Comparison,
): AttributeValue {
  const { type, format } = column.attribute;
  const columnType = edmTypeOf(type);
  const wrong = () => incompatible(columnType, literalType, op);
  switch (columnType) {
    case 'Edm.String':
      if (literalType !== 'Edm.String') throw wrong();
      return unquote(raw);
    case 'Edm.Int32':
    case 'Edm.Int64':
      if (!integerLiterals.has(literalType)) throw wrong();
      return Number(raw);
    case 'Edm.Decimal':
    case 'Edm.Double':
      if (!numberLiterals.has(literalType)) throw wrong();
      return Number(raw.replace(/[mMdDfF]$/, ''));
    case 'Edm.Boolean':
      if (literalType !== 'Edm.Boolean') throw wrong();
      return raw === 'true';
    case 'Edm.DateTimeOffset': {
      if (literalType === 'Edm.Date') {
        if (format === 'DateOnly') return raw;
        const day = parseDate(raw);
        if (day === null) throw wrong();
        return day;
      }
      if (literalType !== 'Edm.DateTimeOffset') throw wrong();
      const ms = parseDateTime(raw);
      if (ms === null) throw badOption(`The DateTimeOffset text '${raw}' is not valid.`);
      return format === 'DateOnly' ? new Date(ms).toISOString().slice(0, 10) : ms;
    }
    default:
      if (literalType !== 'Edm.Guid') throw wrong();
      return raw.toLowerCase();
  }
}

function unquote(raw: string): string {
  return raw.slice(1, -1).replaceAll("''", "'");
}

function textFunction(resolve: ColumnResolver, token: Token): FilterNode {
  const { method, parameters } = token.value as { method: string; parameters: Token[] };
  if (method !== 'contains' && method !== 'startswith' && method !== 'endswith')
    throw badOption(`The function '${method}' is not supported in $filter.`);
  const [member, literal] = parameters;
  if (!member || !literal || !isMember(member) || literal.type !== 'Literal')
    throw badOption(`${method} takes a column and a text literal: '${token.raw}'.`);
  const column = memberColumn(resolve, member);
  if (edmTypeOf(column.attribute.type) !== 'Edm.String' || String(literal.value) !== 'Edm.String')
    throw badOption(
      `No function signature for the function with name '${method}' matches the specified arguments. The function signatures considered are: ${method}(Edm.String Nullable=true, Edm.String Nullable=true).`,
    );
  return { kind: 'text', fn: method, column, value: unquote(literal.raw) };
}

/** Compares as SQL Server does for Dataverse: text without regard to case, null first. */
export function compareValues(a: AttributeValue, b: AttributeValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'string' && typeof b === 'string') {
    const left = a.toLowerCase();
    const right = b.toLowerCase();
    return left < right ? -1 : left > right ? 1 : 0;
  }
  return Number(a) < Number(b) ? -1 : Number(a) > Number(b) ? 1 : 0;
}

/** Whether a row (read through `read`) matches; comparisons with null are false, as in SQL. */
export function matches(node: FilterNode, read: (property: string) => AttributeValue): boolean {
  switch (node.kind) {
    case 'and':
      return matches(node.left, read) && matches(node.right, read);
    case 'or':
      return matches(node.left, read) || matches(node.right, read);
    case 'not':
      return !matches(node.operand, read);
    case 'text': {
      const value = read(node.column.attribute.name);
      if (typeof value !== 'string') return false;
      const haystack = value.toLowerCase();
      const needle = node.value.toLowerCase();
      if (node.fn === 'contains') return haystack.includes(needle);
      return node.fn === 'startswith' ? haystack.startsWith(needle) : haystack.endsWith(needle);
    }
    case 'compare': {
      const value = read(node.column.attribute.name);
      if (node.value === null) return node.op === 'eq' ? value === null : value !== null;
      if (value === null) return false;
      const order = compareValues(value, node.value);
      switch (node.op) {
        case 'eq':
          return order === 0;
        case 'ne':
          return order !== 0;
        case 'gt':
          return order > 0;
        case 'ge':
          return order >= 0;
        case 'lt':
          return order < 0;
        case 'le':
          return order <= 0;
      }
    }
  }
}
