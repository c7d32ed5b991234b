import { SoqlError } from './errors';

export type TokenKind =
  'identifier' | 'string' | 'number' | 'date' | 'datetime' | 'symbol' | 'operator' | 'eof';

export interface Token {
  kind: TokenKind;
  /** The token as written. */
  text: string;
  /** String literals: the unescaped value. */
  value: string;
  /** Offset in the query text. */
  offset: number;
}

const datetimeLiteral =
  /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2}|[+-]\d{4})/y;
const dateLiteral = /\d{4}-\d{2}-\d{2}(?![\dT])/y;
const numberLiteral = /[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/y;
const identifier = /[A-Za-z_][A-Za-z0-9_]*/y;
const escapes: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  '"': '"',
  "'": "'",
  '\\': '\\',
  '%': '\\%',
  _: '\\_',
};

function lineAndColumn(soql: string, offset: number): string {
  const before = soql.slice(0, offset);
  return `line ${before.split('\n').length}:${offset - before.lastIndexOf('\n') - 1}`;
}

function sticky(pattern: RegExp, soql: string, at: number): string | null {
  pattern.lastIndex = at;
  const m = pattern.exec(soql);
  return m ? m[0] : null;
}

/** Splits SOQL into tokens; keywords stay identifiers, the parser reads them case-insensitively. */
export function tokenize(soql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < soql.length) {
    const char = soql[i] as string;
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    const start = i;
    const push = (kind: TokenKind, text: string, value = text) => {
      tokens.push({ kind, text, value, offset: start });
      i = start + text.length;
    };
    if (char === "'") {
      let value = '';
      let j = i + 1;
      for (; j < soql.length && soql[j] !== "'"; j++) {
        if (soql[j] === '\\') {
          const next = soql[j + 1] ?? '';
          const escaped = escapes[next];
          if (escaped === undefined)
            throw new SoqlError(
              'MALFORMED_QUERY',
              `${lineAndColumn(soql, j)} Invalid string literal '${soql.slice(i, j + 2)}'. Illegal character sequence '\\${next}' in string literal.`,
            );
          value += escaped;
          j++;
        } else value += soql[j];
      }
      if (j >= soql.length)
        throw new SoqlError(
          'MALFORMED_QUERY',
          `${lineAndColumn(soql, j)} mismatched character '<EOF>' expecting '''`,
        );
      push('string', soql.slice(i, j + 1), value);
      continue;
    }
    if (/[0-9]/.test(char)) {
      const dt = sticky(datetimeLiteral, soql, i);
      if (dt) {
        push('datetime', dt);
        continue;
      }
      const d = sticky(dateLiteral, soql, i);
      if (d) {
        push('date', d);
        continue;
      }
    }
    if (/[0-9.+-]/.test(char)) {
      const n = sticky(numberLiteral, soql, i);
      if (n) {
        push('number', n);
        continue;
      }
    }
    const word = sticky(identifier, soql, i);
    if (word) {
      push('identifier', word);
      continue;
    }
    const two = soql.slice(i, i + 2);
    if (two === '!=' || two === '<>' || two === '<=' || two === '>=') {
      push('operator', two);
      continue;
    }
    if (char === '=' || char === '<' || char === '>') {
      push('operator', char);
      continue;
    }
    if ('(),.:'.includes(char)) {
      push('symbol', char);
      continue;
    }
    throw new SoqlError(
      'MALFORMED_QUERY',
      `${lineAndColumn(soql, i)} no viable alternative at character '${char}'`,
    );
  }
  tokens.push({ kind: 'eof', text: '<EOF>', value: '', offset: soql.length });
  return tokens;
}
