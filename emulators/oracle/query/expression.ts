import { oracleErrors } from '../soap/oracle-error';

/**
 * Oracle's query expressions: a field element's text (`~='Smi*' OR IS NULL`) and an object's
 * `searchspec` (`[ContactLastName] = 'Smith' AND ([ContactEmail] IS NOT NULL)`). One grammar:
 * in a field's text the field is implied; in a searchspec each comparison names it.
 */

export type CompareOp = '=' | '<>' | '>' | '>=' | '<' | '<=' | 'LIKE';

export type Condition =
  | { kind: 'compare'; field: string; op: CompareOp; ignoreCase: boolean; value: string }
  | { kind: 'null'; field: string; negated: boolean }
  | { kind: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'not'; inner: Condition };

type Token =
  | { kind: 'field'; text: string }
  | { kind: 'string'; text: string }
  | { kind: 'word'; text: string }
  | { kind: 'op'; text: string }
  | { kind: 'paren'; text: '(' | ')' };

const operators = ['~LIKE', '~=', '<>', '>=', '<=', '=', '>', '<', '~'];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '[') {
      const end = source.indexOf(']', i);
      if (end < 0) throw oracleErrors.badQuery(`'[' without ']' in ${source}`);
      tokens.push({ kind: 'field', text: source.slice(i + 1, end).trim() });
      i = end + 1;
    } else if (c === "'" || c === '"') {
      let text = '';
      let j = i + 1;
      for (;;) {
        if (j >= source.length) throw oracleErrors.badQuery(`unterminated quote in ${source}`);
        if (source[j] === c && source[j + 1] === c) {
          text += c;
          j += 2;
        } else if (source[j] === c) break;
        else text += source[j++];
      }
      tokens.push({ kind: 'string', text });
      i = j + 1;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: 'paren', text: c });
      i++;
    } else {
      const op = operators.find((candidate) =>
        source
          .slice(i, i + candidate.length)
          .toUpperCase()
          .startsWith(candidate),
      );
      if (op && !(op === '~LIKE' && /[A-Za-z0-9_]/.test(source[i + op.length] ?? ''))) {
        tokens.push({ kind: 'op', text: op });
        i += op.length;
      } else {
        const m = /^[^\s()'"=<>~[\]]+/.exec(source.slice(i));
        if (!m) throw oracleErrors.unexpectedText(source.slice(i));
        tokens.push({ kind: 'word', text: m[0] });
        i += m[0].length;
      }
    }
  }
  return tokens;
}

class Parser {
  private at = 0;

  constructor(
    private readonly tokens: Token[],
    /** The field a field-level expression is about; null in a searchspec. */
    private readonly impliedField: string | null,
  ) {}

  parse(): Condition {
    const condition = this.or();
    const rest = this.tokens[this.at];
    if (rest) throw oracleErrors.unexpectedText(rest.text);
    return condition;
  }

  private peekWord(word: string): boolean {
    const token = this.tokens[this.at];
    return token?.kind === 'word' && token.text.toUpperCase() === word;
  }

  private or(): Condition {
    let left = this.and();
    while (this.peekWord('OR')) {
      this.at++;
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): Condition {
    let left = this.unary();
    while (this.peekWord('AND')) {
      this.at++;
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): Condition {
    if (this.peekWord('NOT')) {
      this.at++;
      return { kind: 'not', inner: this.unary() };
    }
    const token = this.tokens[this.at];
    if (token?.kind === 'paren' && token.text === '(') {
      this.at++;
      const inner = this.or();
      const close = this.tokens[this.at];
      if (close?.kind !== 'paren' || close.text !== ')') throw oracleErrors.badQuery("missing ')'");
      this.at++;
      return inner;
    }
    return this.comparison();
  }

  private comparison(): Condition {
    let field = this.impliedField;
    const first = this.tokens[this.at];
    if (first?.kind === 'field') {
      if (this.impliedField !== null) throw oracleErrors.unexpectedText(`[${first.text}]`);
      field = first.text;
      this.at++;
    }
    if (field === null)
      throw oracleErrors.badQuery(
        `a searchspec comparison needs a [Field], not ${first?.text ?? 'nothing'}`,
      );
    if (this.peekWord('IS')) {
      this.at++;
      const negated = this.peekWord('NOT');
      if (negated) this.at++;
      if (!this.peekWord('NULL'))
        throw oracleErrors.badQuery('IS must be followed by NULL or NOT NULL');
      this.at++;
      return { kind: 'null', field, negated };
    }
    let op: CompareOp = '=';
    let ignoreCase = false;
    const token = this.tokens[this.at];
    if (token?.kind === 'op') {
      this.at++;
      ignoreCase = token.text.startsWith('~');
      const rest = token.text.replace('~', '');
      if (rest === 'LIKE' || (ignoreCase && rest === '' && this.peekWord('LIKE'))) {
        if (rest === '') this.at++;
        op = 'LIKE';
      } else op = (rest === '' ? '=' : rest) as CompareOp;
    } else if (this.peekWord('LIKE')) {
      this.at++;
      op = 'LIKE';
    }
    const value = this.tokens[this.at];
    if (value?.kind !== 'string' && value?.kind !== 'word')
      throw oracleErrors.badQuery(`a value is missing after ${op}`);
    this.at++;
    // `~='Smi*'` is a case-insensitive LIKE when the value holds a wildcard.
    if (op === '=' && ignoreCase && /[*?]/.test(value.text)) op = 'LIKE';
    return { kind: 'compare', field, op, ignoreCase, value: value.text };
  }
}

/** A field element's text, the field implied: `>= '01/31/2024 00:00:00' AND < '02/01/2024'`. */
export function parseFieldExpression(field: string, text: string): Condition {
  return new Parser(tokenize(text), field).parse();
}

/** An object's `searchspec`: `[Field] op 'value'` joined by AND, OR, NOT and parentheses. */
export function parseSearchSpec(text: string): Condition {
  return new Parser(tokenize(text), null).parse();
}

/** Every field a condition names. */
export function fieldsOf(condition: Condition): string[] {
  switch (condition.kind) {
    case 'compare':
    case 'null':
      return [condition.field];
    case 'not':
      return fieldsOf(condition.inner);
    default:
      return [...fieldsOf(condition.left), ...fieldsOf(condition.right)];
  }
}
