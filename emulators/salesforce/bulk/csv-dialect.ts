import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/** Bulk API 2.0's column delimiters, by the name a job gives them. */
export const columnDelimiters = {
  BACKQUOTE: '`',
  CARET: '^',
  COMMA: ',',
  PIPE: '|',
  SEMICOLON: ';',
  TAB: '\t',
} as const;

export type ColumnDelimiter = keyof typeof columnDelimiters;
export type LineEnding = 'LF' | 'CRLF';

/** The CSV of one job: RFC 4180 quoting, its delimiter and line ending. */
export interface CsvDialect {
  columnDelimiter: ColumnDelimiter;
  lineEnding: LineEnding;
}

/** What a field holding `#N/A` means in uploaded data: set the field to null. */
export const nullMarker = '#N/A';

/** Rows of uploaded CSV, the header first. Throws csv-parse's error on a malformed file. */
export function parseCsv(text: string, dialect: CsvDialect): string[][] {
  return parse(text, {
    delimiter: columnDelimiters[dialect.columnDelimiter],
    record_delimiter: dialect.lineEnding === 'CRLF' ? '\r\n' : '\n',
    bom: true,
    relax_column_count: false,
    skip_empty_lines: true,
  });
}

/** Rows as the service writes them: every value quoted, as Salesforce's result files are. */
export function writeCsv(rows: readonly (readonly string[])[], dialect: CsvDialect): string {
  return stringify(rows as string[][], {
    delimiter: columnDelimiters[dialect.columnDelimiter],
    record_delimiter: dialect.lineEnding === 'CRLF' ? 'windows' : 'unix',
    quoted: true,
    quoted_empty: false,
  });
}
