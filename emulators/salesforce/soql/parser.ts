import type {
  ComparisonOperator,
  Condition,
  FieldPath,
  Literal,
  OrderItem,
  SoqlQuery,
} from './ast';
import { malformed, unexpectedToken } from './errors';
import { tokenize, type Token } from './lexer';
import { isRelativeDateName, relativeDateTakesN } from './relative-dates';
import { parseDateTime } from '../datetime';

/**
 * A recursive-descent parser for the SOQL subset: SELECT fields | COUNT() FROM object
 * [WHERE …] [ORDER BY …] [LIMIT n] [OFFSET n]. Like Salesforce, it refuses AND and OR mixed
 * without parentheses.
 */
export function parseSoql(soql: string): SoqlQuery {
  return new Parser(soql).query();
}

const clauseKeywords = new Set(['FROM', 'WHERE', 'ORDER', 'LIMIT', 'OFFSET', 'GROUP', 'HAVING']);

class Parser {
  private readonly tokens: Token[];
  private position = 0;

  constructor(private readonly soql: string) {
    this.tokens = tokenize(soql);
  }

  query(): SoqlQuery {
    this.expectKeyword('SELECT');
    const fields = this.selectList();
    this.expectKeyword('FROM');
    const objectToken = this.expectIdentifier();
    const where = this.acceptKeyword('WHERE') ? this.condition() : null;
    let orderBy: OrderItem[] = [];
    if (this.acceptKeyword('ORDER')) {
      this.expectKeyword('BY');
      orderBy = this.orderList();
    }
    const limit = this.acceptKeyword('LIMIT') ? this.integer() : null;
    const offset = this.acceptKeyword('OFFSET') ? this.integer() : null;
    this.expectEnd();
    return {
      fields,
      object: { name: objectToken.text, offset: objectToken.offset },
      where,
      orderBy,
      limit,
      offset,
    };
  }

  private selectList(): FieldPath[] | null {
    const first = this.peek();
    if (this.isKeyword(first, 'COUNT') && this.peek(1).text === '(') {
      this.position += 2;
      if (this.peek().text !== ')')
        throw this.unsupported(this.peek(), 'COUNT(field), only COUNT()');
      this.position++;
      return null;
    }
    const fields = [this.fieldPath()];
    while (this.peek().text === ',') {
      this.position++;
      fields.push(this.fieldPath());
    }
    return fields;
  }

  private fieldPath(): FieldPath {
    const first = this.peek();
    if (first.text === '(') throw this.unsupported(first, 'subqueries');
    const start = this.expectIdentifier();
    if (clauseKeywords.has(start.text.toUpperCase())) throw this.unexpected(start);
    if (this.peek().text === '(')
      throw this.unsupported(start, `functions such as ${start.text}()`);
    const path = [start.text];
    while (this.peek().text === '.') {
      this.position++;
      path.push(this.expectIdentifier().text);
    }
    return { path, text: path.join('.'), offset: start.offset };
  }

  /** OR-chain or AND-chain of unary conditions; switching between the two needs parentheses. */
  private condition(): Condition {
    const first = this.unary();
    const joiner = this.peek();
    const kind = this.isKeyword(joiner, 'AND') ? 'and' : this.isKeyword(joiner, 'OR') ? 'or' : null;
    if (!kind) return first;
    const items = [first];
    while (this.acceptKeyword(kind.toUpperCase())) items.push(this.unary());
    const other = this.peek();
    if (this.isKeyword(other, 'AND') || this.isKeyword(other, 'OR')) throw this.unexpected(other);
    return { kind, items };
  }

  private unary(): Condition {
    if (this.acceptKeyword('NOT')) return { kind: 'not', item: this.unary() };
    if (this.peek().text === '(') {
      this.position++;
      const inner = this.condition();
      this.expectSymbol(')');
      return inner;
    }
    return this.comparison();
  }

  private comparison(): Condition {
    const field = this.fieldPath();
    const next = this.peek();
    if (next.kind === 'operator') {
      this.position++;
      const op = (next.text === '<>' ? '!=' : next.text) as ComparisonOperator;
      return { kind: 'compare', field, op, value: this.literal() };
    }
    if (this.acceptKeyword('LIKE')) return { kind: 'like', field, pattern: this.literal() };
    const negated = this.acceptKeyword('NOT');
    if (this.acceptKeyword('IN')) return { kind: 'in', field, negated, values: this.literalList() };
    if (!negated && this.acceptKeyword('INCLUDES'))
      return { kind: 'includes', field, negated: false, values: this.literalList() };
    if (!negated && this.acceptKeyword('EXCLUDES'))
      return { kind: 'includes', field, negated: true, values: this.literalList() };
    throw this.unexpected(this.peek());
  }

  private literalList(): Literal[] {
    const open = this.peek();
    if (open.text !== '(') throw this.unexpected(open);
    this.position++;
    if (this.isKeyword(this.peek(), 'SELECT')) throw this.unsupported(this.peek(), 'semi-joins');
    const values = [this.literal()];
    while (this.peek().text === ',') {
      this.position++;
      values.push(this.literal());
    }
    this.expectSymbol(')');
    return values;
  }

  private literal(): Literal {
    const token = this.next();
    const { offset } = token;
    switch (token.kind) {
      case 'string':
        return { kind: 'string', value: token.value, offset };
      case 'number':
        return { kind: 'number', value: Number(token.text), offset };
      case 'date':
        return { kind: 'date', value: token.text, offset };
      case 'datetime': {
        const ms = parseDateTime(token.text);
        if (ms === null) throw malformed(this.soql, offset, `invalid datetime: ${token.text}`);
        return { kind: 'datetime', value: ms, offset };
      }
      case 'identifier': {
        const word = token.text.toUpperCase();
        if (word === 'NULL') return { kind: 'null', offset };
        if (word === 'TRUE' || word === 'FALSE')
          return { kind: 'boolean', value: word === 'TRUE', offset };
        if (isRelativeDateName(word)) {
          if (!relativeDateTakesN(word))
            return { kind: 'relativeDate', name: word, n: null, offset };
          this.expectSymbol(':');
          const n = this.next();
          if (n.kind !== 'number' || !/^\d+$/.test(n.text)) throw this.unexpected(n);
          return { kind: 'relativeDate', name: word, n: Number(n.text), offset };
        }
        throw this.unexpected(token);
      }
      default:
        throw this.unexpected(token);
    }
  }

  private orderList(): OrderItem[] {
    const items: OrderItem[] = [this.orderItem()];
    while (this.peek().text === ',') {
      this.position++;
      items.push(this.orderItem());
    }
    return items;
  }

  private orderItem(): OrderItem {
    const field = this.fieldPath();
    const descending = this.acceptKeyword('DESC');
    if (!descending) this.acceptKeyword('ASC');
    let nullsLast = false;
    if (this.acceptKeyword('NULLS')) {
      nullsLast = this.acceptKeyword('LAST');
      if (!nullsLast && !this.acceptKeyword('FIRST')) throw this.unexpected(this.peek());
    }
    return { field, descending, nullsLast };
  }

  private integer(): number {
    const token = this.next();
    if (token.kind !== 'number' || !/^\d+$/.test(token.text)) throw this.unexpected(token);
    return Number(token.text);
  }

  private peek(ahead = 0): Token {
    return this.tokens[Math.min(this.position + ahead, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'eof') this.position++;
    return token;
  }

  private isKeyword(token: Token, keyword: string): boolean {
    return token.kind === 'identifier' && token.text.toUpperCase() === keyword;
  }

  private acceptKeyword(keyword: string): boolean {
    if (!this.isKeyword(this.peek(), keyword)) return false;
    this.position++;
    return true;
  }

  private expectKeyword(keyword: string): void {
    if (!this.acceptKeyword(keyword)) throw this.unexpected(this.peek());
  }

  private expectIdentifier(): Token {
    const token = this.next();
    if (token.kind !== 'identifier') throw this.unexpected(token);
    return token;
  }

  private expectSymbol(symbol: string): void {
    const token = this.next();
    if (token.text !== symbol || token.kind === 'string') throw this.unexpected(token);
  }

  private expectEnd(): void {
    const token = this.peek();
    if (token.kind === 'eof') return;
    const word = token.text.toUpperCase();
    if (
      word === 'GROUP' ||
      word === 'HAVING' ||
      word === 'WITH' ||
      word === 'FOR' ||
      word === 'USING'
    )
      throw this.unsupported(token, `${word} clauses`);
    throw this.unexpected(token);
  }

  private unexpected(token: Token) {
    return unexpectedToken(this.soql, token.offset, token.text);
  }

  /** Valid SOQL beyond the emulated subset: said plainly, so nobody mistakes it for a bug. */
  private unsupported(token: Token, what: string) {
    return malformed(this.soql, token.offset, `not supported by the CRM emulator: ${what}`);
  }
}
